"""A person checks comments before they go public: risk signals (risk.py), the queue and
its decisions in the private database (queue.py), the CLI (cli.py) and the review page
for staff (app.py), a separate app that is never part of the council portal."""
