package org.yiyang.identity;

import java.util.List;

/**
 * Declared by a module for the GET paths anyone may read without signing in (public directories,
 * reference data). Identity's security configuration collects every bean of this type.
 */
public interface PublicPaths {

    List<String> patterns();
}
