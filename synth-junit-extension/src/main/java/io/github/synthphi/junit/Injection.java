package io.github.synthphi.junit;

/**
 * A study handed to a parameter: which parameter, the generation, and the seed with its source.
 *
 * @param parameter the parameter, such as {@code study} in {@code removesPhi(StudyFixture study)}
 * @param generation the folder handed out
 * @param seed the seed and its source
 */
record Injection(String parameter, Generation generation, SeedChoice seed) {
}
