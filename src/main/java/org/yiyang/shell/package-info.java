/**
 * The elder-friendly shell (适老化界面): the layout every page uses, language and elder-mode switches,
 * read-aloud, and the home page of each role showing what that role does next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell (界面外壳)")
package org.yiyang.shell;
