with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    recording_id,
    play_id,
    has_context,
    {{ event_context_columns() | join(', ') }}
from events
where event_type = 'play_started'
