with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    tab_in_focus,
    fullscreen,
    sound_on
from events
where event_type = 'view_heartbeat'
