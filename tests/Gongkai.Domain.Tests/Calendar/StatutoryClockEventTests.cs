using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Calendar.Cal;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// Events on the reply clock. Unless said otherwise the request is handed in on Mon 2025-03-03, whose plain due
/// date is Mon 2025-03-31 (03-04..07 1..4; 03-10..14 5..9; 03-17..21 10..14; 03-24..28 15..19; 03-31 20), and
/// 清明 2025 is off 04-04 (Fri) .. 04-06 (Sun).
/// </summary>
public sealed class StatutoryClockEventTests
{
    private const string Received = "2025-03-03";

    // ---------- 补正 (第三十条) ----------

    [Fact]
    public void Correction_NoticeWithinSevenDaysThenCorrectedRequest_RestartsTwentyDaysFromCorrectionDay()
    {
        // 7 working days after Mon 03-03: 03-04..07 1..4, 03-10..12 5..7 → latest notice Wed 03-12; 03-07 is in time.
        // Period of 10 working days from the day after the notice: 03-10..14 1..5, 03-17..21 6..10 → Fri 03-21.
        // Corrected request Thu 03-20 = new day 0: 03-21 1; 03-24..28 2..6; 03-31..04-03 7..10; 04-07..11 11..15;
        // 04-14..18 16..20 → Fri 2025-04-18.
        var proof = RunInPerson(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-07", 10),
            E(ClockEventKind.CorrectionReceived, "2025-03-20"));

        Assert.Equal(D("2025-04-18"), proof.DueOn);
        Assert.Equal(ClockState.Running, proof.State);
        Assert.Empty(proof.Warnings);
        Assert.Contains(proof.Steps, s => s.Article == "第三十条" && s.Text.Contains("不晚于2025年3月12日（星期三），本次告知在期限内", StringComparison.Ordinal));
        Assert.Contains(proof.Steps, s => s.Article == "第三十条" && s.Text.Contains("至2025年3月21日（星期五）", StringComparison.Ordinal));
    }

    [Fact]
    public void Correction_NoticeOnSeventhWorkingDay_IsInTimeWithoutWarning()
    {
        // Wed 03-12 is exactly the 7th working day after 03-03 (see above): the last day allowed.
        var proof = RunInPerson(Received, E(ClockEventKind.CorrectionRequested, "2025-03-12"));

        Assert.Empty(proof.Warnings);
        Assert.Equal(ClockState.AwaitingCorrection, proof.State);
        Assert.Null(proof.DueOn);
    }

    [Fact]
    public void Correction_NoticeOnEighthWorkingDay_WarnsThatItIsLate()
    {
        // Thu 03-13 is the 8th working day: one day past the latest date Wed 03-12. Still the clock restarts
        // from the corrected request (Thu 03-20 → Fri 04-18, as above).
        var proof = RunInPerson(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-13"),
            E(ClockEventKind.CorrectionReceived, "2025-03-20"));

        var warning = Assert.Single(proof.Warnings);
        Assert.Contains("2025-03-13", warning, StringComparison.Ordinal);
        Assert.Contains("2025-03-12", warning, StringComparison.Ordinal);
        Assert.Contains("7个工作日", warning, StringComparison.Ordinal);
        Assert.Equal(D("2025-04-18"), proof.DueOn);
        Assert.Contains(proof.Steps, s => s.Text.Contains("本次告知已超过该期限", StringComparison.Ordinal));
    }

    [Fact]
    public void Correction_NoCorrectedRequestYet_StateAwaitingCorrectionWithoutDueDate()
    {
        var proof = RunInPerson(Received, E(ClockEventKind.CorrectionRequested, "2025-03-07", 10));

        Assert.Equal(ClockState.AwaitingCorrection, proof.State);
        Assert.Null(proof.DueOn);
        Assert.Equal("第三十条", proof.Steps[^1].Article);
        Assert.Contains("补正期限至2025年3月21日（星期五）", proof.Steps[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Correction_CorrectedRequestOnSaturdayAfterThePeriod_WarnsAndCountsFromNextWorkingDay()
    {
        // Period ends Fri 03-21 (above); the correction arrives Sat 03-22 and is accepted. Sat 03-22 = day 0, so
        // Mon 03-24 is day 1: 03-24..28 1..5; 03-31..04-03 6..9; 04-07..11 10..14; 04-14..18 15..19; Mon 04-21 20.
        var proof = RunInPerson(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-07", 10),
            E(ClockEventKind.CorrectionReceived, "2025-03-22"));

        Assert.Equal(D("2025-04-21"), proof.DueOn);
        var warning = Assert.Single(proof.Warnings);
        Assert.Contains("2025-03-21", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Correction_SecondNotice_IsRefusedAsNotAllAtOnce()
    {
        var ex = Refused(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-05"),
            E(ClockEventKind.CorrectionRequested, "2025-03-06"));

        Assert.Equal("第三十条", ex.Article);
        Assert.Contains("一次性", ex.Message, StringComparison.Ordinal);
        Assert.Contains("第2个事件", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Correction_ReceivedWithoutNotice_IsRefused()
    {
        var ex = Refused(Received, E(ClockEventKind.CorrectionReceived, "2025-03-05"));

        Assert.Equal("第三十条", ex.Article);
    }

    [Fact]
    public void CorrectionLapse_OnLastDayOfStatedPeriod_IsRefused()
    {
        // Period of 10 working days from Fri 03-07 ends Fri 03-21 (above): the applicant may still correct that day.
        var ex = Refused(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-07", 10),
            E(ClockEventKind.CorrectionLapsed, "2025-03-21"));

        Assert.Equal("第三十条", ex.Article);
        Assert.Contains("2025-03-21", ex.Message, StringComparison.Ordinal);
        Assert.Contains("尚未届满", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectionLapse_BeforeStatedPeriodEnds_IsRefused()
    {
        var ex = Refused(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-07", 10),
            E(ClockEventKind.CorrectionLapsed, "2025-03-14"));

        Assert.Equal("第三十条", ex.Article);
    }

    [Fact]
    public void CorrectionLapse_AfterStatedPeriod_EndsRequestAsOtherCorrectionLapsed()
    {
        // First working day after the period (Fri 03-21) is Mon 03-24.
        var proof = RunInPerson(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-07", 10),
            E(ClockEventKind.CorrectionLapsed, "2025-03-24"));

        Assert.Equal(ClockState.Ended, proof.State);
        Assert.Null(proof.DueOn);
        Assert.Equal(D("2025-03-24"), proof.EndedOn);
        Assert.Equal(Outcome.OtherCorrectionLapsed, proof.EndedWith);
        Assert.Equal("第三十条", proof.Steps[^1].Article);
        Assert.Contains("视为放弃申请", proof.Steps[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectionLapse_NoPeriodStated_IsAcceptedAndEndsRequest()
    {
        // No period was stated in the notice, so nothing to check the lapse against; the officer's finding stands.
        var proof = RunInPerson(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-07"),
            E(ClockEventKind.CorrectionLapsed, "2025-03-24"));

        Assert.Equal(ClockState.Ended, proof.State);
        Assert.Equal(Outcome.OtherCorrectionLapsed, proof.EndedWith);
        Assert.Equal(D("2025-03-24"), proof.EndedOn);
    }

    [Fact]
    public void CorrectionLapse_WithoutNotice_IsRefused()
    {
        var ex = Refused(Received, E(ClockEventKind.CorrectionLapsed, "2025-03-24"));

        Assert.Equal("第三十条", ex.Article);
    }

    [Fact]
    public void Events_AfterTheRequestEnded_AreRefused()
    {
        var ex = Refused(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-07"),
            E(ClockEventKind.CorrectionLapsed, "2025-03-24"),
            E(ClockEventKind.CorrectionReceived, "2025-03-25"));

        Assert.Contains("终止", ex.Message, StringComparison.Ordinal);
    }

    // ---------- 延长 (第三十三条第二款) ----------
    // Base: Fri 2024-09-27 → due Wed 2024-10-30 (DueDateTests).

    [Fact]
    public void Extension_TenWorkingDays_MovesDueTenWorkingDays()
    {
        // From Wed 10-30: 10-31 1, 11-01 2, 11-04..08 3..7, 11-11..13 8..10 → Wed 2024-11-13.
        var proof = RunInPerson("2024-09-27", E(ClockEventKind.ExtensionApproved, "2024-10-25", 10));

        Assert.Equal(D("2024-11-13"), proof.DueOn);
        Assert.Equal(10, proof.ExtensionWorkingDays);
        Assert.Empty(proof.Warnings);
    }

    [Fact]
    public void Extension_TwentyWorkingDays_MovesDueTwentyWorkingDays()
    {
        // From Wed 10-30: 10-31 1, 11-01 2, 11-04..08 3..7, 11-11..15 8..12, 11-18..22 13..17, 11-25..27 18..20
        // → Wed 2024-11-27.
        var proof = RunInPerson("2024-09-27", E(ClockEventKind.ExtensionApproved, "2024-10-25", 20));

        Assert.Equal(D("2024-11-27"), proof.DueOn);
        Assert.Equal(20, proof.ExtensionWorkingDays);
    }

    [Fact]
    public void Extension_TwoExtensionsTotallingTwenty_AreAllowed()
    {
        var proof = RunInPerson("2024-09-27",
            E(ClockEventKind.ExtensionApproved, "2024-10-25", 10),
            E(ClockEventKind.ExtensionApproved, "2024-11-08", 10));

        Assert.Equal(D("2024-11-27"), proof.DueOn);
        Assert.Equal(20, proof.ExtensionWorkingDays);
    }

    [Fact]
    public void Extension_SecondExtensionBeyondTwentyInTotal_IsRefusedNamingTheCap()
    {
        var ex = Refused("2024-09-27",
            E(ClockEventKind.ExtensionApproved, "2024-10-25", 10),
            E(ClockEventKind.ExtensionApproved, "2024-11-08", 11));

        Assert.Equal("第三十三条第二款", ex.Article);
        Assert.Contains("最长不得超过20个工作日", ex.Message, StringComparison.Ordinal);
        Assert.Contains("已延长10个", ex.Message, StringComparison.Ordinal);
        Assert.Contains("合计21个", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_SingleExtensionOverTwenty_IsRefused()
    {
        var ex = Refused("2024-09-27", E(ClockEventKind.ExtensionApproved, "2024-10-25", 21));

        Assert.Equal("第三十三条第二款", ex.Article);
        Assert.Contains("20个工作日", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_WithoutWorkingDays_IsRefused()
    {
        var ex = Refused("2024-09-27", E(ClockEventKind.ExtensionApproved, "2024-10-25"));

        Assert.Equal("第三十三条第二款", ex.Article);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Extension_NonPositiveWorkingDays_IsRefused(int days)
    {
        var ex = Refused("2024-09-27", E(ClockEventKind.ExtensionApproved, "2024-10-25", days));

        Assert.Contains("正整数", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_WhileAwaitingCorrection_IsRefused()
    {
        var ex = Refused(Received,
            E(ClockEventKind.CorrectionRequested, "2025-03-07", 10),
            E(ClockEventKind.ExtensionApproved, "2025-03-10", 10));

        Assert.Equal("第三十三条第二款", ex.Article);
        Assert.Contains("补正", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_ApprovedAfterTheDueDate_Warns()
    {
        // Due Wed 10-30; approved Thu 10-31 is too late, but the extension is still recorded.
        var proof = RunInPerson("2024-09-27", E(ClockEventKind.ExtensionApproved, "2024-10-31", 10));

        Assert.Equal(D("2024-11-13"), proof.DueOn);
        var warning = Assert.Single(proof.Warnings);
        Assert.Contains("2024-10-30", warning, StringComparison.Ordinal);
    }

    // ---------- 征求意见 (第三十二条 / 第三十四条, 第三十三条第三款) ----------

    [Fact]
    public void Consultation_Closed_MovesDueByExactlyThePausedWorkingDays()
    {
        // Sent Mon 03-10 (still counted, day 5); opinion Fri 03-14: 03-11..14 = 4 working days not counted.
        // Due = 4 working days after Mon 03-31: 04-01 1, 04-02 2, 04-03 3, (清明 04-04..06), Mon 04-07 4.
        var proof = RunInPerson(Received,
            Consult("2025-03-10", ConsultedParty.ThirdParty),
            E(ClockEventKind.ConsultationEnded, "2025-03-14"));

        Assert.Equal(D("2025-04-07"), proof.DueOn);
        Assert.Equal(Official.AddWorkingDays(D("2025-03-31"), 4), proof.DueOn);
        Assert.Equal(ClockState.Running, proof.State);
        Assert.Empty(proof.Warnings);
    }

    [Fact]
    public void Consultation_OverlappingConsultations_ExcludeTheUnionOfTheirDaysOnce()
    {
        // Third party 03-10 → 03-14, other agency 03-12 → 03-19: days after 03-10 through 03-19 are not counted,
        // i.e. 03-11..14 and 03-17..19 = 7 working days (03-12..14 are not excluded twice).
        // 7 after Mon 03-31: 04-01..03 1..3, 04-07..10 4..7 → Thu 2025-04-10.
        var proof = RunInPerson(Received,
            Consult("2025-03-10", ConsultedParty.ThirdParty),
            Consult("2025-03-12", ConsultedParty.OtherAgency),
            E(ClockEventKind.ConsultationEnded, "2025-03-14"),
            E(ClockEventKind.ConsultationEnded, "2025-03-19"));

        Assert.Equal(D("2025-04-10"), proof.DueOn);
    }

    [Fact]
    public void Consultation_OneOfTwoStillOpen_ClockPaused()
    {
        var proof = RunInPerson(Received,
            Consult("2025-03-10", ConsultedParty.ThirdParty),
            Consult("2025-03-12", ConsultedParty.OtherAgency),
            E(ClockEventKind.ConsultationEnded, "2025-03-14"));

        Assert.Equal(ClockState.Paused, proof.State);
        Assert.Null(proof.DueOn);
    }

    [Fact]
    public void Consultation_Unfinished_StatePausedAndDueNull()
    {
        // Counted before the pause: 03-04..07 (4) and the sending day 03-10 (5).
        var proof = RunInPerson(Received, Consult("2025-03-10", ConsultedParty.ThirdParty));

        Assert.Equal(ClockState.Paused, proof.State);
        Assert.Null(proof.DueOn);
        Assert.Equal("第三十三条第三款", proof.Steps[^1].Article);
        Assert.Contains("征求意见尚未结束", proof.Steps[^1].Text, StringComparison.Ordinal);
        Assert.Contains("已计5个工作日", proof.Steps[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Consultation_SpanningQingming_ExcludesOnlyWorkingDaysOfThePause()
    {
        // Sent Fri 03-28 (day 19, counted); opinion Tue 04-08. Not counted: 03-31, 04-01..03, 04-07, 04-08 = 6 working
        // days (清明 04-04..06 are not working days anyway). 6 after Mon 03-31: 04-01..03 1..3, 04-07..09 4..6
        // → Wed 2025-04-09. Directly: day 20 is the first counted day after the pause, Wed 04-09.
        var proof = RunInPerson(Received,
            Consult("2025-03-28"),
            E(ClockEventKind.ConsultationEnded, "2025-04-08"));

        Assert.Equal(D("2025-04-09"), proof.DueOn);
        Assert.Contains(proof.Steps, s => s.Text.Contains("征求意见不计入的工作日6个", StringComparison.Ordinal));
    }

    [Fact]
    public void Consultation_StartedOnTheDueDate_DoesNotMoveDue()
    {
        // The day a consultation is sent still counts (the convention), so one sent on day 20 (Mon 03-31) leaves
        // nothing to exclude before the due date: due stays 03-31 although the opinion comes on 04-08.
        var proof = RunInPerson(Received,
            Consult("2025-03-31"),
            E(ClockEventKind.ConsultationEnded, "2025-04-08"));

        Assert.Equal(D("2025-03-31"), proof.DueOn);
    }

    [Fact]
    public void Consultation_EndedWithoutStart_IsRefused()
    {
        var ex = Refused(Received, E(ClockEventKind.ConsultationEnded, "2025-03-14"));

        Assert.Contains("征求意见", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Consultation_DuringCorrectionAndStillOpenAfterIt_KeepsClockPaused()
    {
        var proof = RunInPerson(Received,
            Consult("2025-03-05"),
            E(ClockEventKind.CorrectionRequested, "2025-03-07", 10),
            E(ClockEventKind.CorrectionReceived, "2025-03-20"));

        Assert.Equal(ClockState.Paused, proof.State);
        Assert.Null(proof.DueOn);
    }

    // ---------- 信息处理费 (国办函〔2020〕109号) ----------

    [Fact]
    public void Fee_NoticeAndPayment_WaitIsNotCounted()
    {
        // Notice Mon 03-10 (counted); paid Mon 03-17: 03-11..14 and 03-17 = 5 working days not counted.
        // 5 after Mon 03-31: 04-01..03 1..3, 04-07 4, Tue 04-08 5.
        var proof = RunInPerson(Received,
            E(ClockEventKind.FeeNoticeSent, "2025-03-10", 15),
            E(ClockEventKind.FeePaid, "2025-03-17"));

        Assert.Equal(D("2025-04-08"), proof.DueOn);
        Assert.Equal(ClockState.Running, proof.State);
        Assert.Contains(proof.Steps, s => s.Article == "国办函〔2020〕109号" && s.Text.Contains("等待缴费不计入的工作日5个", StringComparison.Ordinal));
    }

    [Fact]
    public void Fee_NoticeNotYetPaid_StatePaused()
    {
        var proof = RunInPerson(Received, E(ClockEventKind.FeeNoticeSent, "2025-03-10", 15));

        Assert.Equal(ClockState.Paused, proof.State);
        Assert.Null(proof.DueOn);
        Assert.Contains("等待缴纳信息处理费", proof.Steps[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FeeLapse_AfterStatedPeriod_EndsRequestAsOtherFeeLapsed()
    {
        // Period 15 working days from the day after Mon 03-10: 03-11..14 1..4, 03-17..21 5..9, 03-24..28 10..14,
        // Mon 03-31 15. Lapse found Tue 04-01.
        var proof = RunInPerson(Received,
            E(ClockEventKind.FeeNoticeSent, "2025-03-10", 15),
            E(ClockEventKind.FeeLapsed, "2025-04-01"));

        Assert.Equal(ClockState.Ended, proof.State);
        Assert.Equal(Outcome.OtherFeeLapsed, proof.EndedWith);
        Assert.Equal(D("2025-04-01"), proof.EndedOn);
        Assert.Null(proof.DueOn);
        Assert.Contains(proof.Steps, s => s.Text.Contains("缴费期限为15个工作日，至2025年3月31日（星期一）", StringComparison.Ordinal));
    }

    [Fact]
    public void FeeLapse_OnLastDayOfPeriod_IsRefused()
    {
        var ex = Refused(Received,
            E(ClockEventKind.FeeNoticeSent, "2025-03-10", 15),
            E(ClockEventKind.FeeLapsed, "2025-03-31"));

        Assert.Contains("2025-03-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeeLapse_WithoutNotice_IsRefused()
    {
        var ex = Refused(Received, E(ClockEventKind.FeeLapsed, "2025-04-01"));

        Assert.Contains("收费通知", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fee_PaidWithoutNotice_IsRefused()
    {
        Refused(Received, E(ClockEventKind.FeePaid, "2025-03-17"));
    }

    [Fact]
    public void Fee_SecondNoticeWhileFirstUnpaid_IsRefused()
    {
        Refused(Received,
            E(ClockEventKind.FeeNoticeSent, "2025-03-10", 15),
            E(ClockEventKind.FeeNoticeSent, "2025-03-11", 15));
    }

    [Fact]
    public void FeeLapse_SecondNoticeWithoutPeriod_IsNotHeldToTheFirstNoticesPeriod()
    {
        // First notice Mon 03-10 with 5 working days (to Mon 03-17), paid Tue 03-11. Second notice Wed 03-12 states no
        // period: a lapse found Thu 03-13 must not be checked against the first notice's 03-17.
        var proof = RunInPerson(Received,
            E(ClockEventKind.FeeNoticeSent, "2025-03-10", 5),
            E(ClockEventKind.FeePaid, "2025-03-11"),
            E(ClockEventKind.FeeNoticeSent, "2025-03-12"),
            E(ClockEventKind.FeeLapsed, "2025-03-13"));

        Assert.Equal(Outcome.OtherFeeLapsed, proof.EndedWith);
    }

    // ---------- 延迟答复 (第三十五条) ----------

    [Fact]
    public void DelayedReply_SetsTheDueDateExplicitly()
    {
        var proof = RunInPerson(Received, Delay("2025-03-20", "2025-05-30"));

        Assert.Equal(D("2025-05-30"), proof.DueOn);
        Assert.Equal(ClockState.Running, proof.State);
        Assert.Empty(proof.Warnings);
        Assert.Equal("第三十五条", proof.Steps[^1].Article);
        Assert.Contains("2025年5月30日（星期五）", proof.Steps[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DelayedReply_LaterConsultationIsNotDeducted()
    {
        var proof = RunInPerson(Received,
            Delay("2025-03-20", "2025-05-30"),
            Consult("2025-03-24"),
            E(ClockEventKind.ConsultationEnded, "2025-04-10"));

        Assert.Equal(D("2025-05-30"), proof.DueOn);
    }

    [Fact]
    public void DelayedReply_NotLaterThanStatutoryDue_Warns()
    {
        var proof = RunInPerson(Received, Delay("2025-03-20", "2025-03-28"));

        Assert.Equal(D("2025-03-28"), proof.DueOn);
        var warning = Assert.Single(proof.Warnings);
        Assert.Contains("2025-03-31", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void DelayedReply_WithoutUntilOrNotAfterDecision_IsRefused()
    {
        Assert.Equal("第三十五条", Refused(Received, E(ClockEventKind.DelayedReplySet, "2025-03-20")).Article);
        Assert.Equal("第三十五条", Refused(Received, Delay("2025-03-20", "2025-03-20")).Article);
    }

    [Fact]
    public void DelayedReply_ThenExtensionOrCorrection_IsRefused()
    {
        Assert.Equal("第三十五条", Refused(Received, Delay("2025-03-05", "2025-05-30"), E(ClockEventKind.ExtensionApproved, "2025-03-06", 5)).Article);
        Assert.Equal("第三十条", Refused(Received, Delay("2025-03-05", "2025-05-30"), E(ClockEventKind.CorrectionRequested, "2025-03-06")).Article);
    }

    [Fact]
    public void DelayedReply_WhileAwaitingCorrection_IsRefused()
    {
        Refused(Received, E(ClockEventKind.CorrectionRequested, "2025-03-05"), Delay("2025-03-06", "2025-05-30"));
    }

    // ---------- order and receipt ----------

    [Fact]
    public void Events_OutOfDateOrder_AreRefused()
    {
        var ex = Refused(Received,
            Consult("2025-03-12"),
            E(ClockEventKind.ConsultationEnded, "2025-03-10"));

        Assert.Contains("第2个事件", ex.Message, StringComparison.Ordinal);
        Assert.Contains("先后", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2025-03-12", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_BeforeReceipt_AreRefused()
    {
        var ex = Refused(Received, Consult("2025-03-01"));

        Assert.Contains("早于收到申请之日2025-03-03", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_BeforeConfirmedReceiptOfOnlineRequest_AreRefused()
    {
        // Online: received = confirmed Tue 03-04, so an event on the submission day Mon 03-03 precedes receipt.
        Assert.Throws<RuleViolationException>(() => Clock.Run(
            new Receipt(SubmissionChannel.Online, D("2025-03-03"), D("2025-03-04")),
            [Consult("2025-03-03")]));
    }

    [Fact]
    public void Events_SameDayAsReceipt_AreAccepted()
    {
        // A consultation sent on day 0 and answered on Fri 03-07: 03-04..07 (4) not counted; 4 after 03-31 → 04-07.
        var proof = RunInPerson(Received, Consult(Received), E(ClockEventKind.ConsultationEnded, "2025-03-07"));

        Assert.Equal(D("2025-04-07"), proof.DueOn);
    }
}
