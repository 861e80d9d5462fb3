/** The victim page: her record behind a reason prompt, her partner-contact plans and the contact log. */
package uk.org.throughline.interfaces.victim.web;
