with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    recording_id,
    play_id,
    start_s,
    end_s,
    duration_s
from events
where event_type = 'play_segment'
