package io.github.synthphi.core.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Prints how long the phantoms take; asserts nothing about time, which depends on the machine. */
class PhantomSpeedTest {

    @Test
    void printsTheTimeOfA64Frame800x600UltrasoundCine() {
        UltrasoundPhantom us = new UltrasoundPhantom();
        us.frames(1, 4, 600, 800);   // warm up
        long start = System.nanoTime();
        List<FrameBuffer> cine = us.frames(42, 64, 600, 800);
        long cineNanos = System.nanoTime() - start;
        PlacedText line = new BannerLayout(BitmapFont.large(), 1, 6).stack(List.of("ROBINSON, BRANDY S."), 5, 5)
                .get(0);
        start = System.nanoTime();
        Banner.render(800, 600, List.of(BannerLine.phi(line, "PatientName", us.ink(Contrast.HIGH)))).burn(cine);
        long burnNanos = System.nanoTime() - start;
        start = System.nanoTime();
        byte[] pixelData = FrameBuffer.pixelData(cine);
        long bytesNanos = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "US cine 64 x 800 x 600 RGB: phantom %d ms, banner %d ms, Pixel Data %d ms"
                + " (%d bytes)%n", cineNanos / 1_000_000, burnNanos / 1_000_000, bytesNanos / 1_000_000,
                pixelData.length);
        for (Object[] p : PhantomTest.phantoms().values()) {
            Phantom phantom = (Phantom) p[0];
            start = System.nanoTime();
            phantom.frame(42, 0, 1024, 1024);
            System.out.printf(Locale.ROOT, "%s 1024 x 1024: %d ms%n", phantom.getClass().getSimpleName(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(pixelData).hasSize(64 * 800 * 600 * 3);
    }
}
