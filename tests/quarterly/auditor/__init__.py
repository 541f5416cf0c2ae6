"""An independent auditor of the published quarterly counts (issue 15).

It plays the reader who holds every export of a vault: it reads the published files themselves
(CSV, XLSX, PDF), computes the true counts from the cases on its own, and runs an exact integer
attack (SciPy's HiGHS `milp`) over every relation a careful reader knows. It never imports the
code that chooses what to hide: the only thing it shares with the app are the code lists and the
country groups (data), and it drives the app only through its public export entry points.

- `domain`: the measures, dimensions and categories, and what a published value can mean;
- `readers`: published cells from CSV, XLSX (unzipped sheet XML) and PDF (pypdf text);
- `truth`: the real counts, from the vault (own SQL) or from a plain list of cases;
- `attack`: the integer model over all releases and the per-cell min/max;
- `enumeration`: the reader who knows the rule, for small one-dimension tables;
- `casesets`: case sets (hand-made and random) written into a vault.
"""
