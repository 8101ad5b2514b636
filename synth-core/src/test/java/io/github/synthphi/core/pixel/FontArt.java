package io.github.synthphi.core.pixel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A second, deliberately naive reading of a font resource, so tests can compute expected pixels from the
 * glyph art without trusting {@link FontParser} or the renderer.
 */
record FontArt(int cellWidth, int cellHeight, int baseline, Map<Integer, List<String>> glyphs) {

    static FontArt of(String resource) {
        String text;
        try (InputStream in = BitmapFont.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = text.lines().toList();
        int width = 0;
        int height = 0;
        int baseline = 0;
        Map<Integer, List<String>> glyphs = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("cell ")) {
                String[] w = line.split(" ");
                width = Integer.parseInt(w[1]);
                height = Integer.parseInt(w[2]);
            } else if (line.startsWith("baseline ")) {
                baseline = Integer.parseInt(line.split(" ")[1]);
            } else if (line.startsWith("U+")) {
                int codePoint = Integer.parseInt(line.substring(2, 6), 16);
                glyphs.put(codePoint, List.copyOf(lines.subList(i + 1, i + 1 + height)));
                i += height;
            }
        }
        return new FontArt(width, height, baseline, glyphs);
    }

    List<String> rows(int codePoint) {
        return glyphs.get(codePoint);
    }

    /** The topmost row of the glyph that holds a '#'. */
    int top(int codePoint) {
        List<String> rows = rows(codePoint);
        for (int y = 0; y < rows.size(); y++) {
            if (rows.get(y).indexOf('#') >= 0) {
                return y;
            }
        }
        throw new IllegalArgumentException("blank glyph");
    }

    /** The bottommost row of the glyph that holds a '#'. */
    int bottom(int codePoint) {
        List<String> rows = rows(codePoint);
        for (int y = rows.size() - 1; y >= 0; y--) {
            if (rows.get(y).indexOf('#') >= 0) {
                return y;
            }
        }
        throw new IllegalArgumentException("blank glyph");
    }

    /** The leftmost column of the glyph that holds a '#'. */
    int left(int codePoint) {
        return rows(codePoint).stream().mapToInt(r -> r.indexOf('#')).filter(x -> x >= 0).min().orElseThrow();
    }

    /** The rightmost column of the glyph that holds a '#'. */
    int right(int codePoint) {
        return rows(codePoint).stream().mapToInt(r -> r.lastIndexOf('#')).max().orElseThrow();
    }
}
