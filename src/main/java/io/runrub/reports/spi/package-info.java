/**
 * What the reports ask of the modules that sell things other than single appointments: implemented there, used here.
 */
@org.springframework.modulith.NamedInterface("spi")
package io.runrub.reports.spi;
