using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// The reply clock of a disclosure request: runs the Regulation's time rules over the events of a request and
/// proves the result step by step. The counting choices where the Regulation is silent are written down in
/// docs/deadline-counting.md and stated in the proof itself.
/// </summary>
public sealed class StatutoryClock(WorkingDayCalendar calendar)
{
    /// <summary>第三十三条第二款: reply within 20 working days of receipt.</summary>
    public const int ReplyWorkingDays = 20;

    /// <summary>第三十三条第二款: an extension may not exceed 20 working days.</summary>
    public const int ExtensionCapWorkingDays = 20;

    /// <summary>第三十条: the correction notice goes out within 7 working days of receipt, all at once.</summary>
    public const int CorrectionNoticeWorkingDays = 7;

    /// <summary>第三十二条 / 第三十四条: the consulted party answers within 15 working days.</summary>
    public const int ConsultationWorkingDays = 15;

    /// <summary>The calendar the clock counts on.</summary>
    public WorkingDayCalendar Calendar { get; } = calendar;

    /// <summary>
    /// Runs the clock. Events must be in date order and none before the date of receipt.
    /// </summary>
    /// <exception cref="RuleViolationException">An event is impossible at its place (named, with the rule).</exception>
    public DeadlineProof Run(Receipt receipt, IReadOnlyList<ClockEvent> events)
    {
        var run = new ClockRun(Calendar, receipt);
        for (var i = 0; i < events.Count; i++)
        {
            run.Apply(events[i], i + 1);
        }

        return run.Finish();
    }

    /// <summary>The state of one run; lives only inside <see cref="Run"/>.</summary>
    private sealed class ClockRun
    {
        private readonly WorkingDayCalendar _calendar;
        private readonly List<ProofStep> _steps = [];
        private readonly List<string> _warnings = [];
        private readonly SortedSet<int> _missingNoticeYears = [];
        private readonly List<Pause> _pauses = [];
        private DateOnly _dayZero;
        private DateOnly _lastEventOn;
        private int _extensionDays;
        private bool _correctionNoticeSent;
        private bool _awaitingCorrection;
        private DateOnly? _correctionDeadline;
        private DateOnly? _feeDeadline;
        private DateOnly? _delayedUntil;
        private DateOnly? _endedOn;
        private Outcome? _endedWith;

        public ClockRun(WorkingDayCalendar calendar, Receipt receipt)
        {
            _calendar = calendar;
            ReceivedOn = DetermineReceipt(receipt);
            _dayZero = ReceivedOn;
            _lastEventOn = ReceivedOn;
            var counting = IsWorkingDay(ReceivedOn)
                ? $"{ChineseDates.Format(ReceivedOn)}为第0日，自次日起计算工作日"
                : $"{ChineseDates.WithWeekday(ReceivedOn)}不是工作日，自其后第一个工作日起计为第1个工作日";
            Step(ReceivedOn, "第三十三条第二款",
                $"不能当场答复的，应当自收到申请之日起{ReplyWorkingDays}个工作日内予以答复。收到申请之日不计入期限：{counting}。"
                + "工作日以国务院办公厅公布的放假安排为准：法定节假日及其连休日不计，调休上班日计入。");
        }

        public DateOnly ReceivedOn { get; }


        public void Apply(ClockEvent e, int number)
        {
            var where = $"第{number}个事件（{ClockEventNames.Of(e.Kind)}，{ChineseDates.Iso(e.On)}）";
            if (_endedOn is { } ended)
            {
                throw new RuleViolationException($"{where}：申请已于{ChineseDates.Iso(ended)}终止办理，其后不能再有事件。");
            }

            if (e.On < ReceivedOn)
            {
                throw new RuleViolationException($"{where}：早于收到申请之日{ChineseDates.Iso(ReceivedOn)}。");
            }

            if (e.On < _lastEventOn)
            {
                throw new RuleViolationException($"{where}：事件须按日期先后排列，它早于前一事件的{ChineseDates.Iso(_lastEventOn)}。");
            }

            if (e.WorkingDays is <= 0)
            {
                throw new RuleViolationException($"{where}：工作日数须为正整数。");
            }

            _lastEventOn = e.On;
            switch (e.Kind)
            {
                case ClockEventKind.CorrectionRequested: RequestCorrection(e, where); break;
                case ClockEventKind.CorrectionReceived: ReceiveCorrection(e, where); break;
                case ClockEventKind.CorrectionLapsed: LapseCorrection(e, where); break;
                case ClockEventKind.ExtensionApproved: Extend(e, where); break;
                case ClockEventKind.ConsultationStarted: StartConsultation(e); break;
                case ClockEventKind.ConsultationEnded: EndPause(e, where, PauseKind.Consultation); break;
                case ClockEventKind.FeeNoticeSent: SendFeeNotice(e, where); break;
                case ClockEventKind.FeePaid: EndPause(e, where, PauseKind.Fee); break;
                case ClockEventKind.FeeLapsed: LapseFee(e, where); break;
                case ClockEventKind.DelayedReplySet: DelayReply(e, where); break;
                default: throw new RuleViolationException($"{where}：未知的事件类型。");
            }
        }

        public DeadlineProof Finish()
        {
            var due = Due();
            var state = _endedOn is not null ? ClockState.Ended
                : _awaitingCorrection ? ClockState.AwaitingCorrection
                : due is null ? ClockState.Paused
                : ClockState.Running;

            switch (state)
            {
                case ClockState.Running when _delayedUntil is { } until:
                    Step(until, "第三十五条", $"答复期限为行政机关依第三十五条确定的延迟答复期限：{ChineseDates.WithWeekday(until)}。");
                    break;
                case ClockState.Running:
                    Step(due!.Value, "第三十三条", DueSentence(due.Value));
                    break;
                case ClockState.AwaitingCorrection:
                    Step(_lastEventOn, "第三十条", "正在等待申请人补正：答复期限自收到补正的申请之日起重新计算，在此之前没有答复期限。"
                        + (_correctionDeadline is { } cd ? $"补正期限至{ChineseDates.WithWeekday(cd)}。" : string.Empty));
                    break;
                case ClockState.Paused:
                    Step(_lastEventOn, "第三十三条第三款", "期限暂停计算：" + string.Join("、", _pauses.Where(p => p.Through is null).Select(p => p.Kind == PauseKind.Fee ? "等待缴纳信息处理费" : "征求意见").Distinct())
                        + $"尚未结束，其间不计入答复期限；结束后继续计算，已计{CountedDays(_lastEventOn)}个工作日。");
                    break;
            }

            foreach (var year in _missingNoticeYears)
            {
                _warnings.Add($"未载入{year}年的国务院办公厅节假日安排通知：计算中用到的{year}年日期暂按周一至周五为工作日推算，通知公布并导入后结果可能变化。");
            }

            return new DeadlineProof(ReceivedOn, due, state, _steps, _warnings)
            {
                EndedOn = _endedOn,
                EndedWith = _endedWith,
                ExtensionWorkingDays = _extensionDays,
            };
        }

        private DateOnly DetermineReceipt(Receipt receipt)
        {
            var (channel, submitted, confirmed) = (receipt.Channel, receipt.SubmittedOn, receipt.ConfirmedOn);
            if (confirmed < submitted)
            {
                throw new RuleViolationException($"确认日期{ChineseDates.Iso(confirmed!.Value)}早于提交日期{ChineseDates.Iso(submitted)}。");
            }

            switch (channel)
            {
                case SubmissionChannel.InPerson:
                    if (confirmed is not null && confirmed != submitted)
                    {
                        _warnings.Add("当面提交的申请以提交之日为收到申请之日，所填确认日期不影响期限。");
                    }

                    Step(submitted, "第三十一条第（一）项", $"申请人当面提交申请，以提交之日为收到申请之日：{ChineseDates.WithWeekday(submitted)}。");
                    return submitted;
                case SubmissionChannel.Post when confirmed is { } letterConfirmed:
                    Step(letterConfirmed, "第三十一条第（二）项",
                        $"申请以平常信函等无需签收的邮寄方式提交，政府信息公开工作机构与申请人确认之日为收到申请之日：{ChineseDates.WithWeekday(letterConfirmed)}。");
                    return letterConfirmed;
                case SubmissionChannel.Post:
                    Step(submitted, "第三十一条第（二）项", $"申请以邮寄方式提交，以行政机关签收之日为收到申请之日：{ChineseDates.WithWeekday(submitted)}。");
                    return submitted;
                default:
                    var how = channel == SubmissionChannel.Fax ? "通过政府信息公开工作机构的传真" : "通过互联网渠道";
                    if (confirmed is { } both)
                    {
                        Step(both, "第三十一条第（三）项", $"申请{how}提交，以双方确认之日为收到申请之日：{ChineseDates.WithWeekday(both)}。");
                        return both;
                    }

                    _warnings.Add($"申请{how}提交，但尚未记录双方确认之日：暂以提交之日{ChineseDates.Iso(submitted)}计算，确认后以确认之日为准（第三十一条第（三）项）。");
                    Step(submitted, "第三十一条第（三）项", $"申请{how}提交，应以双方确认之日为收到申请之日；尚未确认，暂以提交之日{ChineseDates.WithWeekday(submitted)}计算。");
                    return submitted;
            }
        }

        private void RequestCorrection(ClockEvent e, string where)
        {
            if (_correctionNoticeSent)
            {
                throw new RuleViolationException($"{where}：补正告知应当一次性作出，已经发出过一次（第三十条）。", "第三十条");
            }

            if (_delayedUntil is not null)
            {
                throw new RuleViolationException($"{where}：已依第三十五条确定延迟答复期限，不能再要求补正。", "第三十条");
            }

            if (_extensionDays > 0)
            {
                throw new RuleViolationException($"{where}：已经延长答复期限，不能再要求补正（补正应在收到申请之日起{CorrectionNoticeWorkingDays}个工作日内一次性告知，第三十条）。", "第三十条");
            }

            var latest = AddWorkingDays(ReceivedOn, CorrectionNoticeWorkingDays);
            _correctionNoticeSent = true;
            _awaitingCorrection = true;
            var text = $"申请内容不明确，行政机关于{ChineseDates.WithWeekday(e.On)}一次性告知申请人补正。补正告知应自收到申请之日起{CorrectionNoticeWorkingDays}个工作日内作出，即不晚于{ChineseDates.WithWeekday(latest)}";
            text += e.On <= latest ? "，本次告知在期限内。" : "，本次告知已超过该期限。";
            if (e.On > latest)
            {
                _warnings.Add($"补正告知于{ChineseDates.Iso(e.On)}发出，晚于第三十条规定的{CorrectionNoticeWorkingDays}个工作日（应不晚于{ChineseDates.Iso(latest)}）。");
            }

            if (e.WorkingDays is { } days)
            {
                _correctionDeadline = AddWorkingDays(e.On, days);
                text += $"告知的补正期限为{days}个工作日（自告知之日次日起算），至{ChineseDates.WithWeekday(_correctionDeadline.Value)}。";
            }

            Step(e.On, "第三十条", text + "答复期限自收到补正的申请之日起重新计算。");
        }

        private void ReceiveCorrection(ClockEvent e, string where)
        {
            if (!_awaitingCorrection)
            {
                throw new RuleViolationException($"{where}：没有待补正的告知，不能收到补正。", "第三十条");
            }

            _awaitingCorrection = false;
            _dayZero = e.On;
            if (_correctionDeadline is { } deadline && e.On > deadline)
            {
                _warnings.Add($"补正于{ChineseDates.Iso(e.On)}收到，晚于告知的补正期限{ChineseDates.Iso(deadline)}；行政机关接受了补正，按收到补正之日重新计算。");
            }

            Step(e.On, "第三十条", $"{ChineseDates.WithWeekday(e.On)}收到补正的申请。答复期限自收到补正的申请之日起计算：该日为第0日，重新计算{ReplyWorkingDays}个工作日，此前经过的时间不再计入。");
        }

        private void LapseCorrection(ClockEvent e, string where)
        {
            if (!_awaitingCorrection)
            {
                throw new RuleViolationException($"{where}：没有待补正的告知，不能认定逾期不补正。", "第三十条");
            }

            if (_correctionDeadline is { } deadline && e.On <= deadline)
            {
                throw new RuleViolationException($"{where}：补正期限至{ChineseDates.Iso(deadline)}，尚未届满，不能认定逾期不补正。", "第三十条");
            }

            _awaitingCorrection = false;
            End(e.On, Outcome.OtherCorrectionLapsed);
            Step(e.On, "第三十条", $"申请人无正当理由逾期不补正，视为放弃申请，行政机关不再处理该申请（{ChineseDates.Format(e.On)}认定）。年度报告计入“其他处理”第1项。");
        }

        private void Extend(ClockEvent e, string where)
        {
            if (e.WorkingDays is not { } days)
            {
                throw new RuleViolationException($"{where}：延长答复期限须写明延长的工作日数（workingDays）。", "第三十三条第二款");
            }

            if (_awaitingCorrection)
            {
                throw new RuleViolationException($"{where}：正在等待补正，答复期限尚未起算，不能延长。", "第三十三条第二款");
            }

            if (_delayedUntil is not null)
            {
                throw new RuleViolationException($"{where}：已依第三十五条确定延迟答复期限，不再适用第三十三条的延长。", "第三十五条");
            }

            if (_extensionDays + days > ExtensionCapWorkingDays)
            {
                throw new RuleViolationException(
                    $"{where}：延长的期限最长不得超过{ExtensionCapWorkingDays}个工作日，已延长{_extensionDays}个，本次{days}个，合计{_extensionDays + days}个（第三十三条第二款）。",
                    "第三十三条第二款");
            }

            var before = Due();
            if (before is { } formerDue && e.On > formerDue)
            {
                _warnings.Add($"延长答复期限于{ChineseDates.Iso(e.On)}批准，晚于原答复期限{ChineseDates.Iso(formerDue)}：延长应在期限届满前决定并告知申请人。");
            }

            _extensionDays += days;
            var after = before is { } b ? $"，答复期限由{ChineseDates.WithWeekday(b)}顺延{days}个工作日" : string.Empty;
            Step(e.On, "第三十三条第二款",
                $"经政府信息公开工作机构负责人同意并告知申请人，延长答复期限{days}个工作日（累计延长{_extensionDays}个，上限{ExtensionCapWorkingDays}个）{after}。");
        }

        private void StartConsultation(ClockEvent e)
        {
            _pauses.Add(new Pause(PauseKind.Consultation, e.On));
            var (whom, article) = e.Party switch
            {
                ConsultedParty.ThirdParty => ("第三方", "第三十二条"),
                ConsultedParty.OtherAgency => ("其他机关", "第三十四条"),
                _ => ("第三方或其他机关", "第三十二条、第三十四条"),
            };
            Step(e.On, $"第三十三条第三款、{article}",
                $"{ChineseDates.WithWeekday(e.On)}书面征求{whom}意见，被征求意见方应自收到征求意见书之日起{ConsultationWorkingDays}个工作日内提出意见。"
                + "征求意见所需时间不计算在答复期限内：发出征求意见之日照常计入，自次日起至收到意见之日止不计。");
        }

        private void SendFeeNotice(ClockEvent e, string where)
        {
            if (_pauses.Any(p => p.Kind == PauseKind.Fee && p.Through is null))
            {
                throw new RuleViolationException($"{where}：已有一份收费通知尚待缴费。");
            }

            _pauses.Add(new Pause(PauseKind.Fee, e.On));
            _feeDeadline = null; // a period stated in an earlier, already paid notice does not bind this one
            var text = $"{ChineseDates.WithWeekday(e.On)}向申请人发出信息处理费收费通知。等待缴费的时间不计算在答复期限内：发出通知之日照常计入，自次日起至缴费之日止不计。";
            if (e.WorkingDays is { } days)
            {
                _feeDeadline = AddWorkingDays(e.On, days);
                text += $"通知载明的缴费期限为{days}个工作日，至{ChineseDates.WithWeekday(_feeDeadline.Value)}。";
            }

            Step(e.On, "国办函〔2020〕109号", text);
        }

        private void EndPause(ClockEvent e, string where, PauseKind kind)
        {
            var open = _pauses.FirstOrDefault(p => p.Kind == kind && p.Through is null)
                ?? throw new RuleViolationException(kind == PauseKind.Fee
                    ? $"{where}：没有待缴费的收费通知。"
                    : $"{where}：没有进行中的征求意见。");
            open.Through = e.On;
            var skipped = _calendar.WorkingDaysAfter(open.After, e.On);
            var text = kind == PauseKind.Fee
                ? $"{ChineseDates.WithWeekday(e.On)}申请人缴纳信息处理费，次日起继续计算答复期限；等待缴费不计入的工作日{skipped}个。"
                : $"{ChineseDates.WithWeekday(e.On)}收到被征求意见方的意见（或征求意见期限届满），次日起继续计算答复期限；征求意见不计入的工作日{skipped}个。";
            Step(e.On, kind == PauseKind.Fee ? "国办函〔2020〕109号" : "第三十三条第三款", text);
        }

        private void LapseFee(ClockEvent e, string where)
        {
            var open = _pauses.FirstOrDefault(p => p.Kind == PauseKind.Fee && p.Through is null)
                ?? throw new RuleViolationException($"{where}：没有待缴费的收费通知，不能认定逾期未缴费。");
            if (_feeDeadline is { } deadline && e.On <= deadline)
            {
                throw new RuleViolationException($"{where}：缴费期限至{ChineseDates.Iso(deadline)}，尚未届满，不能认定逾期未缴费。");
            }

            open.Through = e.On;
            End(e.On, Outcome.OtherFeeLapsed);
            Step(e.On, "国办函〔2020〕109号", $"申请人逾期未按收费通知要求缴纳费用，行政机关不再处理该申请（{ChineseDates.Format(e.On)}认定）。年度报告计入“其他处理”第2项。");
        }

        private void DelayReply(ClockEvent e, string where)
        {
            if (e.Until is not { } until || until <= e.On)
            {
                throw new RuleViolationException($"{where}：延迟答复须写明晚于决定之日的答复期限（until）。", "第三十五条");
            }

            if (_awaitingCorrection)
            {
                throw new RuleViolationException($"{where}：正在等待补正，答复期限尚未起算。", "第三十五条");
            }

            var statutory = Due();
            if (statutory is { } s && until <= s)
            {
                _warnings.Add($"第三十五条的延迟答复期限{ChineseDates.Iso(until)}并不晚于第三十三条的期限{ChineseDates.Iso(s)}。");
            }

            _delayedUntil = until;
            Step(e.On, "第三十五条",
                $"申请的数量、频次明显超过合理范围，行政机关认为理由合理但无法在第三十三条规定的期限内答复，确定延迟答复的合理期限至{ChineseDates.WithWeekday(until)}并告知申请人。"
                + "此后该日期即为答复期限，征求意见等时间不再另行扣除。");
        }

        private void End(DateOnly on, Outcome outcome)
        {
            _endedOn = on;
            _endedWith = outcome;
        }

        /// <summary>The due date as things stand, or null while it cannot be known.</summary>
        private DateOnly? Due()
        {
            if (_endedOn is not null || _awaitingCorrection)
            {
                return null;
            }

            if (_delayedUntil is { } until)
            {
                return until;
            }

            var target = ReplyWorkingDays + _extensionDays;
            var counted = 0;
            for (var day = _dayZero.AddDays(1); ; day = day.AddDays(1))
            {
                switch (PauseOn(day))
                {
                    case PauseState.Open: return null;
                    case PauseState.Closed: continue;
                }

                if (IsWorkingDay(day) && ++counted == target)
                {
                    return day;
                }
            }
        }

        /// <summary>Working days counted toward the reply period after day zero, up to and including <paramref name="last"/>.</summary>
        private int CountedDays(DateOnly last)
        {
            var counted = 0;
            for (var day = _dayZero.AddDays(1); day <= last; day = day.AddDays(1))
            {
                if (PauseOn(day) == PauseState.None && IsWorkingDay(day))
                {
                    counted++;
                }
            }

            return counted;
        }

        private PauseState PauseOn(DateOnly day)
        {
            var state = PauseState.None;
            foreach (var pause in _pauses)
            {
                if (day <= pause.After)
                {
                    continue;
                }

                if (pause.Through is null)
                {
                    return PauseState.Open;
                }

                if (day <= pause.Through)
                {
                    state = PauseState.Closed;
                }
            }

            return state;
        }

        private string DueSentence(DateOnly due)
        {
            var period = _extensionDays > 0
                ? $"{ReplyWorkingDays}个工作日另加经批准延长的{_extensionDays}个工作日，共{ReplyWorkingDays + _extensionDays}个工作日"
                : $"{ReplyWorkingDays}个工作日";
            var start = _dayZero == ReceivedOn ? "收到申请之日" : "收到补正的申请之日";
            var sentence = $"答复期限届满日为{ChineseDates.WithWeekday(due)}：自{start}{ChineseDates.Format(_dayZero)}次日起计{period}。";
            var span = DescribeSpan(_dayZero, due);
            return span.Length == 0 ? sentence : sentence + span;
        }

        /// <summary>What was skipped and what was counted between day zero and the due date, for the reader to check.</summary>
        private string DescribeSpan(DateOnly dayZero, DateOnly due)
        {
            var holidays = new List<(string Name, DateOnly First, DateOnly Last)>();
            var makeUpDays = new List<string>();
            var weekendDays = 0;
            var pausedDays = 0;
            for (var day = dayZero.AddDays(1); day <= due; day = day.AddDays(1))
            {
                var arrangement = _calendar.ArrangementOn(day);
                if (PauseOn(day) == PauseState.Closed)
                {
                    if (IsWorkingDay(day))
                    {
                        pausedDays++;
                        continue;
                    }
                }

                if (arrangement?.Kind == CalendarDayKind.Workday)
                {
                    makeUpDays.Add($"{ChineseDates.MonthDay(day)}（{ChineseDates.Weekday(day)}，{arrangement.Holiday}调休上班）");
                }
                else if (arrangement?.Kind == CalendarDayKind.Off)
                {
                    if (holidays.Count > 0 && holidays[^1].Name == arrangement.Holiday && holidays[^1].Last.AddDays(1) == day)
                    {
                        holidays[^1] = holidays[^1] with { Last = day };
                    }
                    else
                    {
                        holidays.Add((arrangement.Holiday, day, day));
                    }
                }
                else if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    weekendDays++;
                }
            }

            var parts = new List<string>();
            if (holidays.Count > 0)
            {
                parts.Add("不计" + string.Join("、", holidays.Select(h => h.First == h.Last
                    ? $"{h.Name}放假{ChineseDates.MonthDay(h.First)}"
                    : $"{h.Name}放假{ChineseDates.MonthDay(h.First)}至{ChineseDates.MonthDay(h.Last)}")));
            }

            if (weekendDays > 0)
            {
                parts.Add($"不计周末{weekendDays}天");
            }

            if (pausedDays > 0)
            {
                parts.Add($"不计征求意见、等待缴费的工作日{pausedDays}个");
            }

            if (makeUpDays.Count > 0)
            {
                parts.Add("计入调休上班日" + string.Join("、", makeUpDays));
            }

            return parts.Count == 0 ? string.Empty : "其间" + string.Join("；", parts) + "。";
        }

        private DateOnly AddWorkingDays(DateOnly dayZero, int count)
        {
            var day = dayZero;
            while (count > 0)
            {
                day = day.AddDays(1);
                if (IsWorkingDay(day))
                {
                    count--;
                }
            }

            return day;
        }

        /// <summary>Every working-day question goes through here, so that a missing notice is never used silently.</summary>
        private bool IsWorkingDay(DateOnly day)
        {
            if (_calendar.MissingNoticeYear(day) is { } year)
            {
                _missingNoticeYears.Add(year);
            }

            return _calendar.IsWorkingDay(day);
        }

        private void Step(DateOnly on, string article, string text) => _steps.Add(new ProofStep(on, article, text));

        private enum PauseKind { Consultation, Fee }

        private enum PauseState { None, Closed, Open }

        private sealed class Pause(PauseKind kind, DateOnly after)
        {
            public PauseKind Kind { get; } = kind;

            /// <summary>The day the pause began; it is still counted.</summary>
            public DateOnly After { get; } = after;

            /// <summary>The last day not counted; null while the pause lasts.</summary>
            public DateOnly? Through { get; set; }
        }
    }
}
