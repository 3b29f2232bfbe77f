-- The lines of a bank payment file (代发明细): what the bank was asked to pay for one allowance and to which account
-- (as on file when the file was made, still encrypted), and what the bank answered. A file therefore reads the same
-- on every download, and keeps its failed lines after they have gone into a later file.
CREATE TABLE benefit_payment_line (
    file_id      BIGINT       NOT NULL REFERENCES benefit_payment_file (id),
    allowance_id BIGINT       NOT NULL REFERENCES benefit_allowance (id),
    elder_id     BIGINT       NOT NULL,
    amount_fen   BIGINT       NOT NULL,
    holder_name  VARCHAR(50)  NOT NULL,
    bank_name    VARCHAR(100) NOT NULL,
    account_enc  VARCHAR(200) NOT NULL,
    status       VARCHAR(10)  NOT NULL, -- FILED, PAID, FAILED
    failure      VARCHAR(200),
    PRIMARY KEY (file_id, allowance_id)
);
CREATE INDEX benefit_payment_line_allowance ON benefit_payment_line (allowance_id);

-- Settling a file reads and updates its allowances by file; the checks (稽核) list one kind's findings.
CREATE INDEX benefit_allowance_file ON benefit_allowance (file_id, status);
CREATE INDEX benefit_flag_kind ON benefit_flag (kind, status, division_code);
