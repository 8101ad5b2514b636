package io.github.synthphi.core.study;

import io.github.synthphi.core.identity.Identities;
import io.github.synthphi.core.pixel.Banner;
import io.github.synthphi.core.pixel.Phantom;
import io.github.synthphi.core.pixel.PixelFormat;
import java.util.Optional;

/**
 * What every instance of a series shares: the identities, the phantom and pixel format, and the banner,
 * rendered once per series as an ultrasound machine does.
 *
 * @param ids the identities of the series' patient and study
 * @param phantom the phantom
 * @param format the pixel format the spec asks for
 * @param plan the burned-in lines, when the spec burns text
 * @param banner the lines rendered into one mask, or why they could not be (lines that do not fit or overlap)
 */
record SeriesContext(Identities ids, Phantom phantom, PixelFormat format, Optional<BannerPlan> plan,
                     Optional<Banner> banner, String bannerProblem) {
}
