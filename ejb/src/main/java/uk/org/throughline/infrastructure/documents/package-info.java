/**
 * Documents rendered as PDF with Apache PDFBox: warning letters and end-of-programme reports, on
 * A4 with the protective marking on every page.
 */
package uk.org.throughline.infrastructure.documents;
