{#-
    Each source is first totalled per user, then the totals are stacked and summed:
    one pass per source and no join fan-out between sources.
-#}
{%- set counts = [
    'joins', 'heartbeats', 'engaged_heartbeats', 'reactions', 'chat_messages',
    'recording_plays', 'polls_answered', 'qa_threads', 'attachment_downloads', 'hands_raised',
] -%}
{%- set per_user_totals = {
    'participant_joins': {'joins': 'count(*)'},
    'live_activity': {
        'heartbeats': 'sum(heartbeats)',
        'engaged_heartbeats': 'sum(engaged_heartbeats)',
        'reactions': 'sum(reactions)',
        'chat_messages': 'sum(chat_messages)',
    },
    'play_starts': {'recording_plays': 'count(*)'},
    'play_segments': {'recording_seconds_viewed': 'sum(end_s - start_s)'},
    'final_poll_answers': {'polls_answered': 'count(*)'},
    'qa_threads': {'qa_threads': 'count(*)'},
    'attachment_downloads': {'attachment_downloads': 'count(*)'},
    'hands_raised': {'hands_raised': 'count(*)'},
} -%}

with participant_joins as (

    select * from {{ ref('stg_sessionlens__participant_joins') }}

),

live_activity as (

    select * from {{ ref('int_live_activity_ten_seconds_aggregated') }}

),

play_starts as (

    select * from {{ ref('stg_sessionlens__play_starts') }}

),

play_segments as (

    select * from {{ ref('stg_sessionlens__play_segments') }}

),

-- One row per (poll, user): counting them counts distinct polls answered.
final_poll_answers as (

    select * from {{ ref('int_poll_answers_finalized') }}

),

qa_threads as (

    select * from {{ ref('stg_sessionlens__qa_threads') }}

),

attachment_downloads as (

    select * from {{ ref('stg_sessionlens__attachment_downloads') }}

),

hands_raised as (

    select * from {{ ref('stg_sessionlens__hands_raised') }}

),

source_totals as (

    {% for source, totals in per_user_totals.items() %}
    select
        partner_id,
        session_id,
        user_id,
        {% for column in counts -%}
        {{ totals.get(column, '0') }} as {{ column }},
        {% endfor -%}
        {{ totals.get('recording_seconds_viewed', '0.0') }} as recording_seconds_viewed

    from {{ source }}
    group by partner_id, session_id, user_id
    {% if not loop.last %}

    union all
    {% endif %}
    {%- endfor %}

),

final as (

    select
        partner_id,
        session_id,
        user_id,
        {% for column in counts -%}
        cast(sum({{ column }}) as bigint) as {{ column }},
        {% endfor -%}
        sum(recording_seconds_viewed) as recording_seconds_viewed

    from source_totals
    group by partner_id, session_id, user_id

)

select * from final
