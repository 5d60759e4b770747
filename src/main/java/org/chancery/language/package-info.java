/**
 * The language layer: what words mean, in data, for every reader of prose (the claim checker
 * and the rdcr importer). Its public API is small:
 * <ul>
 *   <li>{@link org.chancery.language.Lexicon#standard()} and {@link org.chancery.language.Lexicon#read(String)}:
 *       a text as {@link org.chancery.language.Token}s with character offsets, each with its
 *       {@link org.chancery.language.Sense}s (a {@link org.chancery.language.Concept} of a
 *       {@link org.chancery.language.Category}, and a value for months, seasons, ordinals and numbers);
 *       expressions of several words ("broke off", "верительные грамоты") are one token;</li>
 *   <li>{@link org.chancery.language.Lexicon#key(String)} and {@link org.chancery.language.Lexicon#keys(String)}:
 *       the stems a token's {@code key} holds, for matching names as data ("Францией" and "Франция" share one).</li>
 * </ul>
 * Words are split by Lucene's {@code StandardTokenizer} (Unicode word breaks), folded (case,
 * accents, apostrophes), and stemmed by Lucene's Snowball stemmer of their script's
 * {@link org.chancery.language.Language}: never by cutting characters.
 *
 * <p>The lexicons are {@code en.tsv} and {@code ru.tsv} in
 * {@code src/main/resources/org/chancery/language/}: one line per form,
 * {@code form <TAB> CONCEPT [<TAB> value]}. To add a synonym, add its line (and a line for each
 * inflected form whose stem differs) and an example to {@code LexiconTest}; no Java changes.
 * A new concept is a constant in {@link org.chancery.language.Concept}; a new language is a
 * constant in {@link org.chancery.language.Language} (script and Snowball stemmer) and its file.
 */
package org.chancery.language;
