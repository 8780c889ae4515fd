/**
 * The sentence-embedding channel's write side: the ONNX model ({@link org.migracode.talent.index.embedding.OnnxTextEmbedder},
 * loaded once, lazily), the switch {@code talent.matching.embedding.enabled}
 * ({@link org.migracode.talent.index.embedding.EmbeddingConfiguration}) and the JPA listener that computes a
 * profile's or listing's vector when it is written ({@link org.migracode.talent.index.embedding.TextEmbeddingListener}).
 * The in-memory vectors the channel retrieves from are {@link org.migracode.talent.index.embedding.GraduateVectorStore};
 * the read side (retrieval and the channel's values) is {@code matching.EmbeddingChannel}.
 */
package org.migracode.talent.index.embedding;
