/**
 * The 12349 hotline desk (12349 养老服务热线): incoming calls pop the caller's file, the call log, orders, alarms,
 * complaints and consultations created from a call, and outbound care calls (巡访关爱) to elders living alone or
 * left behind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "12349 hotline (12349 养老服务热线)")
package org.yiyang.hotline;
