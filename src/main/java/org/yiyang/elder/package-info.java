/**
 * The elders the platform serves and their capability assessments under GB/T 42195-2022
 * 《老年人能力评估规范》: items scored by description, level bands and level-change rules read from
 * versioned standard definitions, and the resulting capability level that sets care and eligibility.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Elder registry and capability assessment (老年人信息与能力评估)")
package org.yiyang.elder;
