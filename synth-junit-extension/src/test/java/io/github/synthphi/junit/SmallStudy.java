package io.github.synthphi.junit;

import io.github.synthphi.core.study.Modality;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A composed annotation, as users write them: a small secondary-capture study that generates in milliseconds. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@SyntheticStudy(modality = Modality.SC, rows = 320, columns = 320, seed = 5)
@interface SmallStudy {
}
