-- The sentence-embedding channel (matcher-4, docs/matching.md): each graduate profile's and listing's
-- text vector (all-MiniLM-L6-v2, 384 floats, unit length), computed when the row is written, and the
-- key (model id and text digest) that says which text it embeds. NULL: nothing to embed, or the
-- channel was switched off when the row was last written.
alter table graduate_profile add column text_embedding real[];
alter table graduate_profile add column text_embedding_key varchar(80);
alter table listing add column text_embedding real[];
alter table listing add column text_embedding_key varchar(80);
