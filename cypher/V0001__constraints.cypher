// One uniqueness constraint per node key of the graph model (DESIGN.md); MERGE relies on them.
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT department_id IF NOT EXISTS FOR (n:Department) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT process_id IF NOT EXISTS FOR (n:Process) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT system_id IF NOT EXISTS FOR (n:System) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT system_type_name IF NOT EXISTS FOR (n:SystemType) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT personal_info_file_id IF NOT EXISTS FOR (n:PersonalInfoFile) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT data_item_name IF NOT EXISTS FOR (n:DataItem) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT legal_basis_key IF NOT EXISTS FOR (n:LegalBasis) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT contractor_id IF NOT EXISTS FOR (n:Contractor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT flow_id IF NOT EXISTS FOR (n:Flow) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (n:Finding) REQUIRE n.id IS UNIQUE;
