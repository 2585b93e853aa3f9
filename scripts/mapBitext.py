#!/usr/bin/env python3
"""Maps the Bitext English customer-support set to our seven teams.

Reads ../shared/data/bitext-customer-support/Bitext_Sample_Customer_Support_Training_Dataset.csv
(or the path given as the first argument) and writes lib/triage/triageData/bitextMapped.tsv
(team<TAB>en<TAB>text) using the mapping table of ../shared/data/README.md.
The data is (c) Bitext Innovations, CDLA-Sharing-1.0: see lib/triage/triageData/bitextLicense.txt.
Stdlib only; the output is deterministic (input order).
"""
import csv
import os
import sys

MAPPING = {
    "finance": ["check_invoice", "get_invoice", "check_payment_methods", "payment_issue",
                "check_cancellation_fee"],
    "returns_refunds": ["get_refund", "track_refund", "check_refund_policy"],
    "dispatch": ["track_order", "delivery_period", "delivery_options", "change_shipping_address",
                 "set_up_shipping_address"],
    "sales": ["place_order"],
    "support": ["cancel_order", "change_order", "complaint", "contact_customer_service",
                "contact_human_agent", "create_account", "delete_account", "edit_account",
                "switch_account", "recover_password", "registration_problems"],
    "general": ["review", "newsletter_subscription"],
}
INTENT_TEAM = {i: t for t, intents in MAPPING.items() for i in intents}


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        root, "..", "shared", "data", "bitext-customer-support",
        "Bitext_Sample_Customer_Support_Training_Dataset.csv")
    out = os.path.join(root, "lib", "triage", "triageData", "bitextMapped.tsv")
    rows, skipped = [], 0
    with open(src, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            team = INTENT_TEAM.get(r["intent"])
            text = " ".join(r["instruction"].replace("\t", " ").split())
            if not team or not text:
                skipped += 1
                continue
            rows.append(f"{team}\ten\t{text}\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Bitext customer-support sample (English, synthetic), intents mapped to our teams by\n")
        f.write("# scripts/mapBitext.py. Data (c) Bitext Innovations International, Inc.,\n")
        f.write("# github.com/bitext/customer-support-llm-chatbot-training-dataset @337b968,\n")
        f.write("# licensed CDLA-Sharing-1.0 (bitextLicense.txt). team<TAB>language<TAB>text\n")
        f.writelines(rows)
    print(f"wrote {len(rows)} rows to {out} ({skipped} skipped)")


if __name__ == "__main__":
    main()
