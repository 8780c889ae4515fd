-- The in-memory vectors of the embedding channel re-read the graduates changed since their last
-- read every 30 seconds (GraduateVectorStore). Without an index that was a sequential scan of
-- graduate_profile, vectors included: seconds at 1,000,000 graduates.
create index graduate_profile_updated_at on graduate_profile (updated_at);
