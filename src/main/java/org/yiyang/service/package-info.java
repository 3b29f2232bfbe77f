/**
 * Home services ordered à la carte (点菜式服务): the catalogue providers publish, orders placed by an elder, a
 * linked family member or the 12349 hotline, the provider's dispatch, visits verified at the door, payment with
 * its shares, and reviews and complaints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home services and orders (居家上门服务)")
package org.yiyang.service;
