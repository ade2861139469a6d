"""The seller's own sales system as numbers: plain records in, plain figures out.

Every report is a pure function over a `ReportBook` (deals with their stage history, stages,
notes, visits) and a `Period`. The screen, the PDF, the CSV export and the command line all draw
the same figures; nothing here knows how they are shown.

Defined answers that hold in every report:
- A ratio with nothing under it is None (shown "—"), never 0 %.
- Deleted deals never reach a report (the queries leave them out).
- A deal without an amount counts in every count, is left out of every sum and average, and each
  sum says how many deals it left out (`Amounts.missing`) so the report can say so in a footnote.
- Money is summed per currency, never across currencies.
- A deal counts as won or lost by where it is now: one reopened after Lost and still open is not
  lost; one reopened and then won counts as won when it was won. Its close moment is the moment
  it entered its won or lost stage.
- On hold is not lost: on-hold deals are neither won nor lost, and not open for the forecast.
- Periods hold whole days, both ends included: a deal won at 23:59 on the last day is in it.
"""
