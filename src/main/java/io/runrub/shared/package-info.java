/**
 * Value types every module uses, and the errors every module may raise. No helpers, no services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.runrub.shared;
