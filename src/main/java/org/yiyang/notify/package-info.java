/**
 * Telling people that something happened: a per-account inbox (站内消息), a live feed of the same notices
 * to every open page of the account (Server-Sent Events), and the SMS gateway interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications (消息通知)")
package org.yiyang.notify;
