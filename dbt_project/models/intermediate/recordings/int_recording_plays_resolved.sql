{%- set context_columns = ['country', 'region', 'city', 'platform', 'device', 'os', 'browser'] %}

with play_starts as (

    select * from {{ ref('stg_sessionlens__play_starts') }}

),

segmented_plays as (

    select * from {{ ref('int_play_segments_aggregated') }}

),

ranked_play_starts as (

    select
        *,
        row_number() over (
            partition by partner_id, session_id, play_id
            order by {{ event_order() }}
        ) as start_number

    from play_starts

),

-- A play_id started more than once is still one play: its first play_started speaks for it.
first_play_starts as (

    select *
    from ranked_play_starts
    where start_number = 1

),

final as (

    select
        coalesce(first_play_starts.partner_id, segmented_plays.partner_id) as partner_id,
        coalesce(first_play_starts.session_id, segmented_plays.session_id) as session_id,
        coalesce(first_play_starts.play_id, segmented_plays.play_id) as play_id,
        coalesce(first_play_starts.recording_id, segmented_plays.recording_id) as recording_id,
        coalesce(first_play_starts.user_id, segmented_plays.user_id) as user_id,
        coalesce(first_play_starts.event_at, segmented_plays.first_segment_at) as played_at,
        first_play_starts.event_id is not null as has_play_start,
        segmented_plays.duration_s,
        coalesce(segmented_plays.minutes_viewed, 0) as minutes_viewed,
        coalesce(segmented_plays.completion_rate, 0) as completion_rate,
        -- A play's context is its play_started's own; a play seen only in segments has none.
        {% for column in context_columns -%}
        first_play_starts.{{ column }}{{ "," if not loop.last }}
        {% endfor %}
    from first_play_starts
    full outer join segmented_plays
        on first_play_starts.partner_id = segmented_plays.partner_id
        and first_play_starts.session_id = segmented_plays.session_id
        and first_play_starts.play_id = segmented_plays.play_id

)

select * from final
