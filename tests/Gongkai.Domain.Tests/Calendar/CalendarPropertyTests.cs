using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// Properties of the calendar and the clock over generated dates 2008–2026 (the years of the shipped notices).
/// Each runs at least 200 cases; a failure prints the generated case.
/// </summary>
public sealed class CalendarPropertyTests
{
    private const int Cases = 300;
    private const int ExtensionCap = StatutoryClock.ExtensionCapWorkingDays;

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly StatutoryClock Clock = new(Calendar);
    private static readonly DateOnly First = new(2008, 1, 1);
    private static readonly DateOnly Last = new(2026, 12, 31);

    /// <summary>Any date 2008-01-01 … 2026-12-31.</summary>
    private static Gen<DateOnly> Dates =>
        Gen.Choose(0, Last.DayNumber - First.DayNumber).Select(First.AddDays);

    private static Gen<SubmissionChannel> Channels => Gen.Elements(Enum.GetValues<SubmissionChannel>());

    /// <summary>
    /// A request by any channel with, in date order, an optional correction (notice and corrected request), an optional
    /// closed consultation, an optional paid fee and an optional extension.
    /// </summary>
    private static Gen<Scenario> Scenarios =>
        from received in Dates
        from channel in Channels
        from confirmDelay in Gen.Choose(0, 3)
        from correction in Optional(Gen.Choose(0, 12).Zip(Gen.Choose(0, 20)))
        from consultation in Optional(Gen.Choose(0, 40).Zip(Gen.Choose(0, 30)))
        from fee in Optional(Gen.Choose(0, 20).Zip(Gen.Choose(0, 20)))
        from extension in Optional(Gen.Choose(0, 10).Zip(Gen.Choose(1, ExtensionCap)))
        select new Scenario(received, channel, confirmDelay, correction, consultation, fee, extension);

    private static Gen<(int, int)?> Optional(Gen<(int, int)> gen) =>
        Gen.Frequency((1, Gen.Constant<(int, int)?>(null)), (2, gen.Select(v => ((int, int)?)v)));

    [Property(MaxTest = Cases)]
    public Property DueOn_AnyScenario_IsAWorkingDay() =>
        Prop.ForAll(Scenarios.ToArbitrary(), (Scenario s) =>
        {
            var proof = s.Run();
            return proof.DueOn is { } due && Calendar.IsWorkingDay(due) && due > proof.ReceivedOn && proof.State == ClockState.Running;
        });

    [Property(MaxTest = Cases)]
    public Property DueOn_ConsultationAnywhereBeforeDue_NeverEarlierAndMovesByExactlyThePausedWorkingDays()
    {
        var cases =
            from received in Dates
            from startFraction in Gen.Choose(0, 1000)
            from length in Gen.Choose(0, 45)
            select (received, startFraction, length);

        return Prop.ForAll(cases.ToArbitrary(), ((DateOnly Received, int StartFraction, int Length) c) =>
        {
            var receipt = new Receipt(SubmissionChannel.InPerson, c.Received);
            var plainDue = Clock.Run(receipt, []).DueOn!.Value;
            // The consultation starts on any day from the day of receipt up to and including the plain due date.
            var span = plainDue.DayNumber - c.Received.DayNumber;
            var start = c.Received.AddDays(span * c.StartFraction / 1000);
            var end = start.AddDays(c.Length);

            var due = Clock.Run(receipt, [new(ClockEventKind.ConsultationStarted, start), new(ClockEventKind.ConsultationEnded, end)]).DueOn!.Value;

            // Sent on the due date itself: that day still counts, nothing after it matters. Otherwise the due date
            // moves by the working days after the sending day up to and including the day the opinion came.
            var expected = start == plainDue ? plainDue : Calendar.AddWorkingDays(plainDue, Calendar.WorkingDaysAfter(start, end));
            return due >= plainDue && due == expected;
        });
    }

    [Property(MaxTest = Cases)]
    public Property Extension_OfNDays_MovesDueExactlyNWorkingDaysWhenNoPauseLiesAfterOldDue()
    {
        var cases =
            from received in Dates
            from hasPause in Gen.Elements(true, false)
            from pauseAfterWorkingDays in Gen.Choose(0, StatutoryClock.ReplyWorkingDays - 1)
            from pauseLength in Gen.Choose(0, 30)
            from approvalDelay in Gen.Choose(0, 10)
            from days in Gen.Choose(1, ExtensionCap)
            select (received, hasPause ? pauseAfterWorkingDays : -1, pauseLength, approvalDelay, days);

        return Prop.ForAll(cases.ToArbitrary(), ((DateOnly Received, int PauseAfter, int PauseLength, int ApprovalDelay, int Days) c) =>
        {
            var receipt = new Receipt(SubmissionChannel.InPerson, c.Received);
            var events = new List<ClockEvent>();
            var lastEvent = c.Received;
            if (c.PauseAfter >= 0)
            {
                // Sent on the k-th working day after receipt (k ≤ 19), so it starts, and ends, before the old due date.
                var start = Calendar.AddWorkingDays(c.Received, c.PauseAfter);
                lastEvent = start.AddDays(c.PauseLength);
                events.Add(new(ClockEventKind.ConsultationStarted, start));
                events.Add(new(ClockEventKind.ConsultationEnded, lastEvent));
            }

            var oldDue = Clock.Run(receipt, events).DueOn!.Value;
            events.Add(new(ClockEventKind.ExtensionApproved, lastEvent.AddDays(c.ApprovalDelay)) { WorkingDays = c.Days });
            var proof = Clock.Run(receipt, events);

            return proof.DueOn == Calendar.AddWorkingDays(oldDue, c.Days) && proof.ExtensionWorkingDays == c.Days;
        });
    }

    [Property(MaxTest = Cases)]
    public Property AddWorkingDays_ThenWorkingDaysAfter_RoundTrips() =>
        Prop.ForAll(Dates.Zip(Gen.Choose(0, 400)).ToArbitrary(), ((DateOnly Start, int Count) c) =>
        {
            var end = Calendar.AddWorkingDays(c.Start, c.Count);
            if (c.Count == 0)
            {
                return end == c.Start && Calendar.WorkingDaysAfter(c.Start, end) == 0;
            }

            // The result is the first date reaching the count: a working day, with one fewer working day before it.
            return Calendar.WorkingDaysAfter(c.Start, end) == c.Count
                && Calendar.IsWorkingDay(end)
                && Calendar.WorkingDaysAfter(c.Start, end.AddDays(-1)) == c.Count - 1;
        });

    [Property(MaxTest = Cases)]
    public Property WorkingDaysAfter_ThenAddWorkingDays_ReachesTheLastWorkingDayOfTheSpan() =>
        Prop.ForAll(Dates.Zip(Gen.Choose(0, 400)).ToArbitrary(), ((DateOnly Start, int Length) c) =>
        {
            var last = c.Start.AddDays(c.Length);
            var n = Calendar.WorkingDaysAfter(c.Start, last);
            var reached = Calendar.AddWorkingDays(c.Start, n);

            // AddWorkingDays lands on the last working day in (start, last], or on start when there is none.
            return reached <= last && Calendar.WorkingDaysAfter(reached, last) == 0;
        });

    [Property(MaxTest = 1000)]
    public Property IsWorkingDay_ListedDate_AgreesWithTheCsvKind() =>
        Prop.ForAll(Gen.Elements(HolidayArrangementCsv.ReadOfficial().ToArray()).ToArbitrary(), (HolidayArrangement a) =>
            Calendar.IsWorkingDay(a.Date) == (a.Kind == CalendarDayKind.Workday));

    [Property(MaxTest = Cases)]
    public Property IsWorkingDay_UnlistedDate_IsMondayToFriday() =>
        Prop.ForAll(Dates.ToArbitrary(), (DateOnly d) =>
            Calendar.ArrangementOn(d) is not null
            || Calendar.IsWorkingDay(d) == d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    [Fact]
    public void IsWorkingDay_EveryListedDate_AgreesWithTheCsvKind()
    {
        // The exhaustive version of the property above: all 679 dates of the shipped table.
        var mismatches = HolidayArrangementCsv.ReadOfficial()
            .Where(a => Calendar.IsWorkingDay(a.Date) != (a.Kind == CalendarDayKind.Workday))
            .Select(a => a.Date)
            .ToList();

        Assert.Empty(mismatches);
    }

    /// <summary>One generated request; <see cref="ToString"/> is what FsCheck prints for a failing case.</summary>
    /// <param name="Correction">Notice sent (days after receipt), corrected request received (days after the notice).</param>
    /// <param name="Consultation">Sent (days after the last event), opinion received (days after sending).</param>
    /// <param name="Fee">Notice sent (days after the last event), paid (days after the notice).</param>
    /// <param name="Extension">Approved (days after the last event), working days granted.</param>
    public sealed record Scenario(
        DateOnly Received,
        SubmissionChannel Channel,
        int ConfirmDelay,
        (int, int)? Correction,
        (int, int)? Consultation,
        (int, int)? Fee,
        (int, int)? Extension)
    {
        public DeadlineProof Run()
        {
            // Electronic channels are confirmed 0–3 days after submission; events run from the confirmed day.
            var confirmed = Channel.NeedsMutualConfirmation() ? Received.AddDays(ConfirmDelay) : (DateOnly?)null;
            var last = confirmed ?? Received;
            var events = new List<ClockEvent>();
            void Add(ClockEventKind kind, int daysAfterLast, int? workingDays = null)
            {
                last = last.AddDays(daysAfterLast);
                events.Add(new ClockEvent(kind, last) { WorkingDays = workingDays });
            }

            if (Correction is var (notice, corrected))
            {
                Add(ClockEventKind.CorrectionRequested, notice);
                Add(ClockEventKind.CorrectionReceived, corrected);
            }

            if (Consultation is var (sent, answered))
            {
                Add(ClockEventKind.ConsultationStarted, sent);
                Add(ClockEventKind.ConsultationEnded, answered);
            }

            if (Fee is var (feeNotice, paid))
            {
                Add(ClockEventKind.FeeNoticeSent, feeNotice);
                Add(ClockEventKind.FeePaid, paid);
            }

            if (Extension is var (approved, days))
            {
                Add(ClockEventKind.ExtensionApproved, approved, days);
            }

            return Clock.Run(new Receipt(Channel, Received, confirmed), events);
        }
    }
}
