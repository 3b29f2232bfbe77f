/**
 * Accounts, roles, login, division scope (数据权限) and the SM3-chained audit trail.
 * Other modules use {@link org.yiyang.identity.CurrentViewer} to learn who is asking and within which
 * division, and {@link org.yiyang.identity.AuditTrail} to record security-relevant events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity (账号与权限)")
package org.yiyang.identity;
