/** Disposals (Home Office outcomes) and the court cases a charge opens, over REST. */
package uk.org.throughline.interfaces.disposal.rest;
