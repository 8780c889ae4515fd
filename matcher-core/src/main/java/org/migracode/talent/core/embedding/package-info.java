/**
 * The sentence-embedding channel's framework-free parts: the {@link org.migracode.talent.core.embedding.TextEmbedder}
 * contract, which text of a listing or a graduate is embedded ({@link org.migracode.talent.core.embedding.EmbeddingText}),
 * and the similarity of two vectors ({@link org.migracode.talent.core.embedding.Vectors}). The ONNX
 * implementation lives in search-index, where vectors are computed at write time (docs/matching.md).
 */
package org.migracode.talent.core.embedding;
