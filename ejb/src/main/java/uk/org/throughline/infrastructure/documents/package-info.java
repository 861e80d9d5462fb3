/**
 * Documents rendered as PDF with Apache PDFBox: warning letters and end-of-programme reports, on
 * A4 with the protective marking on every page. Each takes a record of its own (what the document
 * says), which the application fills in, so rendering depends on nothing above it.
 */
package uk.org.throughline.infrastructure.documents;
