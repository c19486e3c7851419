/**
 * Small, open infrastructure every module may use: clock and time zone, embedded database,
 * demo mode, persistence base class, web layout advice, paging and error pages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package health.covenant.shared;

import org.springframework.modulith.ApplicationModule;
