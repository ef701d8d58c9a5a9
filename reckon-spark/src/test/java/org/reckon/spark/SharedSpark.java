package org.reckon.spark;

import org.apache.spark.sql.SparkSession;

/** One {@code local[2]} session for every test class of the module: starting Spark costs seconds. */
final class SharedSpark {
    private static SparkSession spark;

    private SharedSpark() {}

    static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .appName("reckon-spark-test")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
        }
        return spark;
    }
}
