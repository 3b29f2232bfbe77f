/**
 * Shared kernel: value types every module uses ({@link org.yiyang.shared.DivisionCode}, {@link org.yiyang.shared.IdNumber},
 * {@link org.yiyang.shared.PhoneNumber},
 * {@link org.yiyang.shared.Language}, {@link org.yiyang.shared.IdempotencyKey}), and nothing else.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.yiyang.shared;
