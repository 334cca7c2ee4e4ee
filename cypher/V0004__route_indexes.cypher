// Route hops of one assessment version: deleted on reload and closed (validTo) when superseded.
CREATE INDEX route_assessment IF NOT EXISTS FOR ()-[r:ROUTE]-() ON (r.assessment);
// systems(hosting:) and the audit read systems by where they run.
CREATE INDEX system_hosting IF NOT EXISTS FOR (s:System) ON (s.hosting);
