with play_segments as (

    select * from {{ ref('stg_sessionlens__play_segments') }}

),

play_totals as (

    select
        partner_id,
        session_id,
        play_id,
        max(duration_s) as duration_s,
        sum(end_s - start_s) / 60.0 as minutes_viewed,
        min(event_at) as first_segment_at

    from play_segments
    group by partner_id, session_id, play_id

),

-- Percentile p's midpoint is (p + 0.5) × duration ÷ 100 (multiplied first, so round
-- durations give exact midpoints). A segment [start_s, end_s) covers the percentiles
-- from the first whose midpoint is ≥ start_s to the last whose midpoint is < end_s.
-- Division places each bound to within two (floating point); starting one further
-- out, three exact midpoint tests step onto it, so the result is the literal rule.
segment_bound_candidates as (

    select
        play_segments.partner_id,
        play_segments.session_id,
        play_segments.play_id,
        play_segments.start_s,
        play_segments.end_s,
        play_totals.duration_s,
        floor(play_segments.start_s * 100.0 / play_totals.duration_s - 0.5) - 1
            as first_candidate,
        ceil(play_segments.end_s * 100.0 / play_totals.duration_s - 0.5) + 1
            as last_candidate

    from play_segments
    inner join play_totals
        on play_segments.partner_id = play_totals.partner_id
        and play_segments.session_id = play_totals.session_id
        and play_segments.play_id = play_totals.play_id
    where play_totals.duration_s > 0

),

segment_percentile_ranges as (

    select
        partner_id,
        session_id,
        play_id,
        greatest(
            first_candidate
            {%- for step in range(3) %}
            + case
                when (first_candidate + {{ step }} + 0.5) * duration_s / 100.0 < start_s
                    then 1
                else 0
            end
            {%- endfor %},
            0
        ) as first_percentile,
        least(
            last_candidate
            {%- for step in range(3) %}
            - case
                when (last_candidate - {{ step }} + 0.5) * duration_s / 100.0 >= end_s
                    then 1
                else 0
            end
            {%- endfor %},
            99
        ) as last_percentile

    from segment_bound_candidates

),

-- Union of the integer ranges of a play: taken in order of their first percentile,
-- each range adds only what lies beyond every earlier range's last percentile.
ranges_with_prior_reach as (

    select
        *,
        max(last_percentile) over (
            partition by partner_id, session_id, play_id
            order by first_percentile, last_percentile
            rows between unbounded preceding and 1 preceding
        ) as prior_last_percentile

    from segment_percentile_ranges

),

completions as (

    select
        partner_id,
        session_id,
        play_id,
        -- A double on every engine (Spark would keep a decimal of integer ÷ 100.0).
        cast(sum(
            greatest(
                last_percentile
                - greatest(first_percentile - 1, coalesce(prior_last_percentile, -1)),
                0
            )
        ) as double) / 100 as completion_rate

    from ranges_with_prior_reach
    group by partner_id, session_id, play_id

),

-- Ranking only the segments at the play's earliest time (rarely more than one) is
-- far cheaper than ranking every segment of every play.
earliest_segments as (

    select
        play_segments.partner_id,
        play_segments.session_id,
        play_segments.play_id,
        play_segments.user_id,
        play_segments.recording_id,
        row_number() over (
            partition by
                play_segments.partner_id, play_segments.session_id, play_segments.play_id
            order by {{ event_order() }}
        ) as segment_number

    from play_segments
    inner join play_totals
        on play_segments.partner_id = play_totals.partner_id
        and play_segments.session_id = play_totals.session_id
        and play_segments.play_id = play_totals.play_id
        and play_segments.event_at = play_totals.first_segment_at

),

first_segments as (

    select *
    from earliest_segments
    where segment_number = 1

),

final as (

    select
        play_totals.partner_id,
        play_totals.session_id,
        play_totals.play_id,
        first_segments.user_id,
        first_segments.recording_id,
        play_totals.first_segment_at,
        play_totals.duration_s,
        play_totals.minutes_viewed,
        -- No completion row: the recording has no length, so no percentile to cover.
        coalesce(completions.completion_rate, 0) as completion_rate

    from play_totals
    inner join first_segments
        on play_totals.partner_id = first_segments.partner_id
        and play_totals.session_id = first_segments.session_id
        and play_totals.play_id = first_segments.play_id
    left join completions
        on play_totals.partner_id = completions.partner_id
        and play_totals.session_id = completions.session_id
        and play_totals.play_id = completions.play_id

)

select * from final
