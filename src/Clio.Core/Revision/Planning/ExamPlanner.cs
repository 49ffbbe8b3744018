using System.Collections.Immutable;
using System.Globalization;
using Clio.Scheduling;

namespace Clio.Revision.Planning;

/// <summary>
/// Plans revision up to an exam so that every card's predicted retrievability on the exam day reaches a target,
/// within a daily limit. Each card is reviewed whenever its retrievability would fall to the target (its due day),
/// until a review leaves it strong enough to hold the target until the exam; so its last review comes late enough.
/// Each planned review moves the card to its expected memory: with p its retrievability that day, stability
/// <c>p·S(Good) + (1−p)·S(lapse)</c> and likewise difficulty; a new card is introduced as if rated Good.
/// Day by day: new cards come first, at an even rate over the first part of the period; then cards already overdue
/// on the first day (missed days), spread evenly over the next few days rather than all at once, lowest
/// retrievability first; then the day's due cards. A due card that finds the day full waits for the next day. Any
/// room left is used to pull reviews forward, nearest due first, as far as later days would otherwise exceed the
/// limit. No day exceeds the limit. Pure and deterministic.
/// </summary>
public sealed class ExamPlanner
{
    private readonly FsrsModel _model;

    /// <summary>Creates a planner that predicts memory with <paramref name="parameters"/>.</summary>
    public ExamPlanner(FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _model = new FsrsModel(parameters);
    }

    /// <summary>A planner with the default FSRS-6 weights.</summary>
    public static ExamPlanner Default { get; } = new(FsrsParameters.Default);

    /// <summary>The weights the planner predicts memory with.</summary>
    public FsrsParameters Parameters => _model.Parameters;

    /// <summary>Today's date on <paramref name="clock"/>'s local calendar.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    /// <summary>
    /// Plans <paramref name="cards"/> up to the exam. Fails (as a value) when the exam is not after today, there
    /// are no cards, or an option is out of range. A last review dated after today counts as made today.
    /// </summary>
    public ParseResult<ExamPlan> Plan(IReadOnlyList<ExamCard> cards, ExamPlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(options);
        var error = Check(cards, options);
        return error is null ? ParseResult<ExamPlan>.Ok(new Run(_model, cards, options).Execute()) : ParseResult<ExamPlan>.Fail(error);
    }

    private static string? Check(IReadOnlyList<ExamCard> cards, ExamPlanOptions o)
    {
        if (o.ExamDate <= o.Today)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the exam date {o.ExamDate:yyyy-MM-dd} must be after today ({o.Today:yyyy-MM-dd})");
        }

        if (cards.Count == 0)
        {
            return "there are no cards to plan for";
        }

        if (!(o.TargetRetention is > 0 and < 1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"the target retention must lie strictly between 0 and 1, not {o.TargetRetention}");
        }

        if (o.MaxCardsPerDay < 1)
        {
            return "the daily limit must be at least 1";
        }

        if (o.MaxNewPerDay < 0)
        {
            return "the daily limit of new cards cannot be negative";
        }

        if (o.BacklogDays < 1)
        {
            return "a backlog must be spread over at least 1 day";
        }

        return o.NewCardWindow is > 0 and <= 1 ? null : "the new-card window must be a share of the days, above 0 and at most 1";
    }

    /// <summary>One planning run: the cards' expected memories, moved day by day.</summary>
    private sealed class Run
    {
        private readonly FsrsModel _model;
        private readonly IReadOnlyList<ExamCard> _cards;
        private readonly ExamPlanOptions _options;
        private readonly double _target;
        private readonly int _exam;
        private readonly int _cap;
        private readonly int _maxNew;
        private readonly int _backlogEnd;
        private readonly int _newEnd;
        private readonly double[] _s;
        private readonly double[] _d;
        private readonly int[] _last;
        private readonly int[] _due;
        private readonly bool[] _seen;
        private readonly bool[] _done;
        private readonly List<int>?[] _days;
        private readonly Queue<int> _new = new();

        public Run(FsrsModel model, IReadOnlyList<ExamCard> cards, ExamPlanOptions options)
        {
            _model = model;
            _cards = cards;
            _options = options;
            _target = options.TargetRetention;
            _exam = options.ExamDate.DayNumber - options.Today.DayNumber;
            _cap = options.MaxCardsPerDay;
            _maxNew = Math.Min(options.MaxNewPerDay ?? int.MaxValue, _cap);
            _backlogEnd = Math.Min(_exam, options.BacklogDays) - 1;
            _newEnd = Math.Clamp((int)Math.Ceiling(_exam * options.NewCardWindow) - 1, 0, _exam - 1);
            var n = cards.Count;
            _s = new double[n];
            _d = new double[n];
            _last = new int[n];
            _due = new int[n];
            _seen = new bool[n];
            _done = new bool[n];
            _days = new List<int>?[n];
            for (var i = 0; i < n; i++)
            {
                if (cards[i].Memory is { } memory && cards[i].LastReview is { } last)
                {
                    _s[i] = memory.Stability;
                    _d[i] = memory.Difficulty;
                    _last[i] = Math.Min(last.DayNumber - options.Today.DayNumber, 0);
                    _seen[i] = true;
                    Refresh(i);
                }
                else
                {
                    _new.Enqueue(i);
                }
            }
        }

        public ExamPlan Execute()
        {
            var forecasts = ImmutableArray.CreateBuilder<DayForecast>(_exam);
            for (var day = 0; day < _exam; day++)
            {
                forecasts.Add(PlanDay(day));
            }

            var plans = ImmutableArray.CreateBuilder<CardPlan>(_cards.Count);
            var sum = 0.0;
            for (var i = 0; i < _cards.Count; i++)
            {
                var r = _seen[i] ? _model.Retrievability(_exam - _last[i], _s[i]) : 0;
                sum += r;
                var shortfall = !_seen[i] ? Shortfall.NotIntroduced
                    : _done[i] ? Shortfall.None
                    : _due[i] < _exam ? Shortfall.NoCapacity
                    : Shortfall.TooLittleTime;
                var days = _days[i] is { } list
                    ? [.. list.Select(x => _options.Today.AddDays(x))]
                    : ImmutableArray<DateOnly>.Empty;
                plans.Add(new CardPlan(_cards[i].Id, days, r, shortfall));
            }

            return new ExamPlan
            {
                Today = _options.Today,
                ExamDate = _options.ExamDate,
                TargetRetention = _target,
                MaxCardsPerDay = _cap,
                Days = forecasts.MoveToImmutable(),
                Cards = plans.MoveToImmutable(),
                ExpectedRetention = sum / _cards.Count,
            };
        }

        private DayForecast PlanDay(int day)
        {
            var fresh = NewQuota(day, _new.Count);
            for (var k = 0; k < fresh; k++)
            {
                Introduce(_new.Dequeue(), day);
            }

            var load = fresh;
            var overdue = new List<int>();
            var due = new List<int>();
            for (var i = 0; i < _cards.Count; i++)
            {
                if (Reviewable(i, day))
                {
                    if (_due[i] < day)
                    {
                        overdue.Add(i);
                    }
                    else if (_due[i] == day)
                    {
                        due.Add(i);
                    }
                }
            }

            // The most forgotten first; the index keeps the order total.
            var keys = overdue.ToDictionary(i => i, i => _model.Retrievability(day - _last[i], _s[i]));
            overdue.Sort((a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
            var quota = day <= _backlogEnd ? CeilingDivide(overdue.Count, _backlogEnd - day + 1) : overdue.Count;
            var takeOverdue = Math.Min(quota, _cap - load);
            for (var k = 0; k < takeOverdue; k++)
            {
                Review(overdue[k], day);
            }

            load += takeOverdue;
            var takeDue = Math.Min(due.Count, _cap - load);
            for (var k = 0; k < takeDue; k++)
            {
                Review(due[k], day);
            }

            load += takeDue;
            var waiting = overdue.Count - takeOverdue + due.Count - takeDue;
            var early = 0;
            if (load < _cap && day + 1 < _exam)
            {
                early = PullForward(day, _cap - load, waiting);
            }

            return new DayForecast(_options.Today.AddDays(day), takeOverdue + takeDue + early, takeOverdue, early, fresh);
        }

        /// <summary>
        /// Projects the load of the days ahead from the cards' current due days, the waiting backlog and the new
        /// cards still to come; where a day would exceed the limit, the excess must move earlier, and whatever of
        /// it reaches today is reviewed today, nearest due first.
        /// </summary>
        private int PullForward(int day, int room, int waiting)
        {
            var projected = new int[_exam];
            if (day + 1 <= _backlogEnd)
            {
                var left = waiting;
                for (var x = day + 1; x <= _backlogEnd; x++)
                {
                    var q = CeilingDivide(left, _backlogEnd - x + 1);
                    projected[x] += q;
                    left -= q;
                }
            }
            else
            {
                projected[day + 1] += waiting;
            }

            var candidates = new List<int>();
            for (var i = 0; i < _cards.Count; i++)
            {
                if (_seen[i] && !_done[i] && _due[i] > day && _due[i] < _exam)
                {
                    projected[_due[i]]++;
                    if (_last[i] < day)
                    {
                        candidates.Add(i);
                    }
                }
            }

            var remaining = _new.Count;
            for (var x = day + 1; x < _exam && remaining > 0; x++)
            {
                var q = NewQuota(x, remaining);
                projected[x] += q;
                remaining -= q;
            }

            var carry = 0;
            for (var x = _exam - 1; x > day; x--)
            {
                carry = Math.Max(0, projected[x] + carry - _cap);
            }

            var pull = Math.Min(Math.Min(carry, room), candidates.Count);
            if (pull == 0)
            {
                return 0;
            }

            candidates.Sort((a, b) => _due[a] != _due[b] ? _due[a].CompareTo(_due[b]) : a.CompareTo(b));
            for (var k = 0; k < pull; k++)
            {
                Review(candidates[k], day);
            }

            return pull;
        }

        private int NewQuota(int day, int remaining)
        {
            if (remaining == 0)
            {
                return 0;
            }

            var window = day <= _newEnd ? _newEnd - day + 1 : 1;
            return Math.Min(CeilingDivide(remaining, window), _maxNew);
        }

        private bool Reviewable(int i, int day) => _seen[i] && !_done[i] && _last[i] < day;

        private void Introduce(int i, int day)
        {
            var state = _model.Initial(Rating.Good);
            _s[i] = state.Stability;
            _d[i] = state.Difficulty;
            _seen[i] = true;
            Record(i, day);
        }

        private void Review(int i, int day)
        {
            var state = new MemoryState(_s[i], _d[i]);
            var p = _model.Retrievability(day - _last[i], state.Stability);
            var recalled = _model.RecallStability(state, p, Rating.Good);
            var lapsed = _model.ForgetStability(state, p);
            _s[i] = (p * recalled) + ((1 - p) * lapsed);
            _d[i] = (p * _model.NextDifficulty(state.Difficulty, Rating.Good)) + ((1 - p) * _model.NextDifficulty(state.Difficulty, Rating.Again));
            Record(i, day);
        }

        private void Record(int i, int day)
        {
            _last[i] = day;
            (_days[i] ??= []).Add(day);
            Refresh(i);
        }

        /// <summary>
        /// Whether the card holds the target until the exam, and otherwise its due day: the last whole day on which
        /// its retrievability is still at the target (at least the day after its last review).
        /// </summary>
        private void Refresh(int i)
        {
            _done[i] = _model.Retrievability(_exam - _last[i], _s[i]) >= _target;
            var interval = Math.Floor(_model.Interval(_s[i], _target));
            _due[i] = _last[i] + (int)Math.Clamp(interval, 1, _exam - _last[i] + 1);
        }

        private static int CeilingDivide(int a, int b) => (a + b - 1) / b;
    }
}
