/**
 * Value types shared by every module: BSN, legal time (Wth 13 calendar days in Europe/Amsterdam) and the
 * carrier for input violations. No beans, no entities, no dependencies on other modules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.huisverbod.shared;
