// Lookups of the loader, flows() and assessments(): flows of one assessment version, flows by
// kind and by municipality, the versions of one assessment.
CREATE INDEX flow_assessment IF NOT EXISTS FOR (f:Flow) ON (f.assessment);
CREATE INDEX flow_kind IF NOT EXISTS FOR (f:Flow) ON (f.kind);
CREATE INDEX flow_municipality IF NOT EXISTS FOR (f:Flow) ON (f.municipality);
CREATE INDEX assessment_key IF NOT EXISTS FOR (a:Assessment) ON (a.key);
CREATE INDEX assessment_municipality IF NOT EXISTS FOR (a:Assessment) ON (a.municipality);
CREATE INDEX system_municipality IF NOT EXISTS FOR (s:System) ON (s.municipality);
