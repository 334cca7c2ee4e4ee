// The batched audit (issue 23): a batch replaces the findings of its assessment versions, an import
// re-checks the findings of its municipalities, and the full run keeps its checkpoint in one node.
CREATE INDEX finding_assessment IF NOT EXISTS FOR (x:Finding) ON (x.assessment);
CREATE INDEX finding_municipality IF NOT EXISTS FOR (x:Finding) ON (x.municipality);
CREATE CONSTRAINT audit_checkpoint_id IF NOT EXISTS FOR (c:`__AuditCheckpoint`) REQUIRE c.id IS UNIQUE;
