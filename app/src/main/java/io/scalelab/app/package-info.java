/** The ScaleLab application: the {@code scalelab} command line and, later, the desktop GUI. */
package io.scalelab.app;
