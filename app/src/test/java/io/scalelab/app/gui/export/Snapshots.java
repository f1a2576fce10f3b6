package io.scalelab.app.gui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a window to {@code target/ui/NAME.png}, for a person to look at. */
final class Snapshots {

  private Snapshots() {}

  static void write(FxRobot robot, Scene scene, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    List<WritableImage> image = new ArrayList<>();
    robot.interact(() -> image.add(scene.snapshot(null)));
    Path dir = Path.of("target", "ui");
    Files.createDirectories(dir);
    WritableImage img = image.get(0);
    int w = (int) img.getWidth();
    int h = (int) img.getHeight();
    java.awt.image.BufferedImage out =
        new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
      }
    }
    javax.imageio.ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
  }
}
