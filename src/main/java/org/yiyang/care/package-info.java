/**
 * Family care beds (家庭养老床位), the alarm devices in elders' homes over MQTT, and the alarms they raise, followed
 * on the 12349 hotline desk of the elder's division until someone has acted: acknowledged, called, dispatched,
 * closed, or escalated when nobody acknowledges in time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family care beds, devices and alarms (家庭养老床位与紧急呼叫)")
package org.yiyang.care;
