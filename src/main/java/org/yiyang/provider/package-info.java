/**
 * Service providers (服务机构): institutions, street and community centres, day-care centres, meal points,
 * home-service companies, sojourn hosts, childcare sites and partner clinics, with their staff roster, the
 * accounts that work for them and the public directory that finds them near an elder's home.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Providers (服务机构)")
package org.yiyang.provider;
