/** The inbox page: each user's alerts and tasks, and the unread count in the navigation. */
package uk.org.throughline.interfaces.alert.web;
