/**
 * Administrative divisions of Inner Mongolia (region → league/city → banner/county → sumu/township →
 * gacha/village) and the division scope every list in the platform is filtered by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region (行政区划)")
package org.yiyang.region;
