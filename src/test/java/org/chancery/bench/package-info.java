/**
 * Benchmarks, not tests: {@link org.chancery.bench.Questions} answers the questions that
 * {@code bench/run} also puts to BaseX and times them warm; {@link org.chancery.bench.CoreQueries}
 * are the JMH latency benchmarks. Nothing here runs in {@code mvn verify}.
 */
package org.chancery.bench;
